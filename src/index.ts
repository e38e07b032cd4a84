// biome-ignore-all assist/source/organizeImports: the constants must stay first, as said below.
// statuskit: every export, flat, so that `import * as status from "statuskit"`
// reads like Django REST Framework's `status` module (`status.HTTP_404_NOT_FOUND`).

// The constants come first: a bundler inlines an imported constant as its bare
// number only when its declaration comes before any other statement of the
// bundled file, and the bundle follows the order of these exports.
export * from "./generated/constants.js";
export * from "./categories.js";
export * from "./constant-name.js";
export * from "./generated/codes.js";
export type { ConstantNames } from "./generated/constant-names.js";
export type { ReasonPhrases } from "./generated/phrases.js";
export * from "./reason-phrase.js";
export * from "./status-code.js";
export * from "./status-code-for.js";
export * from "./status-info.js";
export type * from "./types.js";
export { parseRetryAfter } from "./retry-after.js";
export * from "./retry-decision.js";
