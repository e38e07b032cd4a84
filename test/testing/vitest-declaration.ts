// The declaration docs/testing.md gives Vitest users, so that the tests here
// type-check as a user's would.
import type { StatusMatchers } from "statuskit/testing";

declare module "vitest" {
  // biome-ignore lint/suspicious/noExplicitAny: Vitest's own declaration of Matchers has this type parameter.
  interface Matchers<T = any> extends StatusMatchers {}
}
