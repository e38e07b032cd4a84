import { checkRequiredHeaders, checkStatus, type MatcherOutcome } from "./assertions.js";
import type { ExpectedStatus } from "./expected-status.js";

/** The part of a test runner's matcher context the matchers read: whether the assertion is negated with `.not`. */
export interface MatcherContext {
  readonly isNot?: boolean | undefined;
}

/**
 * The matchers' own type, which `expect.extend` reads (Playwright types its
 * extended `expect` from it). A type rather than an interface, so that it
 * fits the runners' `Record<string, matcher>` parameter.
 */
export type StatusMatcherFunctions = {
  toHaveStatus(
    this: MatcherContext | undefined,
    received: unknown,
    expected: ExpectedStatus,
  ): MatcherOutcome | Promise<MatcherOutcome>;
  toHaveRequiredHeaders(this: MatcherContext | undefined, received: unknown): MatcherOutcome | Promise<MatcherOutcome>;
};

/**
 * Matchers for `expect.extend(matchers)`: the same object serves Vitest,
 * Jest, Bun's test runner and Playwright's `expect`.
 *
 * - `toHaveStatus(expected)`: the response's status is `expected`, a code
 *   (`201` or `HTTP_201_CREATED`), one of a list of codes, or in a class
 *   named as {@link StatusCategory} names it (`"success"`, `"client-error"`);
 * - `toHaveRequiredHeaders()`: the response carries every header field the
 *   standard requires for its status (401 `WWW-Authenticate`, 405 `Allow`,
 *   407 `Proxy-Authenticate`, 416 `Content-Range`, 426 `Upgrade`).
 *
 * They read a fetch `Response` (undici's too), Playwright's `APIResponse`,
 * supertest and superagent responses, axios responses and axios errors that
 * carry one, and Node.js's `IncomingMessage`; anything else fails the test
 * with a message naming what was received.
 *
 * Always `await` them. A passing assertion returns at once and reads no
 * body. A failing one names both statuses with their phrases and shows the
 * body (a problem document's `title`, `detail` and extension members, or
 * the text's first lines, bounded, with control characters escaped); when
 * the body is a stream it reads it first, from a copy for a fetch
 * `Response`, and so returns a promise. An `IncomingMessage` cannot be
 * copied: its body is read only when an assertion fails and nothing has
 * read it yet, and what was read is gone from the stream.
 *
 * @example
 * ```ts
 * import { expect } from "vitest";
 * import { matchers } from "statuskit/testing";
 * expect.extend(matchers);
 * const created = new Response(null, { status: 201 });
 * await expect(created).toHaveStatus(201);
 * await expect(created).toHaveStatus("success");
 * await expect(created).not.toHaveStatus([400, 422]);
 * await expect(new Response(null, { status: 405, headers: { Allow: "GET" } })).toHaveRequiredHeaders();
 * ```
 */
export const matchers: StatusMatcherFunctions = /* @__PURE__ */ Object.freeze({
  toHaveStatus(this: MatcherContext | undefined, received: unknown, expected: ExpectedStatus) {
    return checkStatus(received, expected, { negated: this?.isNot === true, synchronous: false });
  },
  toHaveRequiredHeaders(this: MatcherContext | undefined, received: unknown) {
    return checkRequiredHeaders(received, { negated: this?.isNot === true, synchronous: false });
  },
});
