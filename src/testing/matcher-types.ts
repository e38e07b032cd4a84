import type { ExpectedStatus } from "./expected-status.js";

/**
 * The matchers as a runner's `expect(response)` offers them, for the one
 * declaration each runner needs (docs/testing.md has each):
 *
 * ```typescript
 * // Vitest 5 (Vitest 3.2 to 4: `interface Matchers<T = any>`)
 * declare module "vitest" {
 *   interface Matchers<R extends void | Promise<void> = void | Promise<void>, T = unknown> extends StatusMatchers {}
 * }
 * // Jest, with @jest/globals or @jest/expect
 * declare module "expect" { interface Matchers<R extends void | Promise<void>, T = unknown> extends StatusMatchers {} }
 * // Jest, with @types/jest
 * declare global { namespace jest { interface Matchers<R, T = {}> extends StatusMatchers {} } }
 * // Bun
 * declare module "bun:test" { interface Matchers<T> extends StatusMatchers {} }
 * ```
 *
 * Playwright needs none: `expect.extend(matchers)` returns an `expect` typed
 * with them. Each returns a promise when it must read a body, so the type
 * asks for `await`.
 */
export interface StatusMatchers {
  /** The response's status is `expected`: a code, one of a list of codes, or a class (`"success"`). */
  toHaveStatus(expected: ExpectedStatus): void | Promise<void>;
  /** The response carries every header field the standard requires for its status. */
  toHaveRequiredHeaders(): void | Promise<void>;
}
