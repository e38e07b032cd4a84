import { errorPhrases, unofficialErrorPhrases } from "../generated/error-phrases-and-headers.js";
import type { ErrorCode } from "../status-code.js";
import { atCode, type TableByCode, tableByCode } from "../table-by-code.js";

// Built on the first call that reads them, as the core's tables are, so that
// importing statuskit/errors builds nothing.
let phraseTable: TableByCode<string> | undefined;
let unofficialPhraseTable: TableByCode<string> | undefined;

/**
 * The statuses an {@link HttpError} can have: every integer from 400 to 599,
 * registered or not, as literal types (http-errors and boom accept the same
 * range).
 *
 * @example
 * ```ts
 * import type { HttpErrorStatus } from "statuskit/errors";
 * const status: HttpErrorStatus = 404;
 * const nginx: HttpErrorStatus = 499;
 * ```
 */
export type HttpErrorStatus = ErrorCode;

/**
 * Whether `value` is a status an {@link HttpError} can have: an integer from
 * 400 to 599, registered or not (`499` is one). Anything that is not a
 * number, a fraction, and codes outside the range are not. Never throws.
 *
 * @example
 * ```ts
 * import { isHttpErrorStatus } from "statuskit/errors";
 * isHttpErrorStatus(404); // true
 * isHttpErrorStatus(499); // true
 * isHttpErrorStatus(200); // false
 * isHttpErrorStatus("404"); // false
 * ```
 */
export function isHttpErrorStatus(value: unknown): value is HttpErrorStatus {
  return typeof value === "number" && (value | 0) === value && (value - 400) >>> 0 < 200;
}

/**
 * The phrase of an error status, else `undefined`: the table's reason phrase
 * for a code statuskit knows (as `reasonPhrase` gives it), the first
 * unofficial meaning's phrase for one only `statuskit/unofficial` knows (499
 * "Client Closed Request"), and its class's name (RFC 9110, Sections 15.5
 * and 15.6) for any other.
 */
export function errorPhrase(value: unknown): string | undefined {
  if (!isHttpErrorStatus(value)) return undefined;
  phraseTable ??= tableByCode(errorPhrases);
  unofficialPhraseTable ??= tableByCode(unofficialErrorPhrases);
  return (
    atCode(phraseTable, value) ??
    atCode(unofficialPhraseTable, value) ??
    (value < 500 ? "Client Error" : "Server Error")
  );
}
