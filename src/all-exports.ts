// Everything statuskit exports, gathered in one module so that the entry can
// offer it both flat (`import { isSuccess } from "statuskit"`) and as the
// `status` namespace (`status.HTTP_404_NOT_FOUND`), as DRF's `status` module.
export * from "./categories.js";
export * from "./constant-name.js";
export * from "./generated/codes.js";
export type { ConstantNames } from "./generated/constant-names.js";
export * from "./generated/constants.js";
export type { ReasonPhrases } from "./generated/phrases.js";
export * from "./reason-phrase.js";
export * from "./status-code.js";
export * from "./status-code-for.js";
export * from "./status-info.js";
export type * from "./types.js";
