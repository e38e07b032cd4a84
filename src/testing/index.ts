// statuskit/testing: assertions on HTTP responses for Vitest, Jest, Bun,
// Playwright and chai, whose failures say why a response failed.

export type { MatcherOutcome } from "./assertions.js";
export { bodyPreviewLimits } from "./body-limits.js";
export {
  type ChaiLike,
  type ChaiUtilities,
  type StatusAssertions,
  statuskitChai,
} from "./chai-plugin.js";
export type { ExpectedStatus } from "./expected-status.js";
export type { StatusMatchers } from "./matcher-types.js";
export { type MatcherContext, matchers, type StatusMatcherFunctions } from "./matchers.js";
