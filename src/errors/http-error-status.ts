import type { KnownStatusCode } from "../generated/codes.js";
import { errorPhrases } from "../generated/error-phrases-and-headers.js";
import type { ErrorCode } from "../status-code.js";
import { atCode, tableByCode } from "../table-by-code.js";

const phraseTable = /* @__PURE__ */ tableByCode(errorPhrases);

/**
 * The statuses an {@link HttpError} can have: every 4xx and 5xx code
 * statuskit knows (400 to 511), as literal types.
 *
 * @example
 * ```ts
 * import type { HttpErrorStatus } from "statuskit/errors";
 * const status: HttpErrorStatus = 404;
 * ```
 */
export type HttpErrorStatus = Extract<KnownStatusCode, ErrorCode>;

/**
 * Whether `value` is a status an {@link HttpError} can have: a 4xx or 5xx
 * code that statuskit knows. Unregistered codes in the range (`499`) and
 * anything that is not a number are not. Never throws.
 *
 * @example
 * ```ts
 * import { isHttpErrorStatus } from "statuskit/errors";
 * isHttpErrorStatus(404); // true
 * isHttpErrorStatus(200); // false
 * isHttpErrorStatus(499); // false
 * ```
 */
export function isHttpErrorStatus(value: unknown): value is HttpErrorStatus {
  return errorPhrase(value) !== undefined;
}

/** The reason phrase of a 4xx or 5xx code statuskit knows, else `undefined` (the table's phrase, as `reasonPhrase` gives it). */
export function errorPhrase(value: unknown): string | undefined {
  return atCode(phraseTable, value);
}
