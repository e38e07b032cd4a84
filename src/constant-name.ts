import type { KnownStatusCode } from "./generated/codes.js";
import { type ConstantNames, constantNames } from "./generated/constant-names.js";
import { atCode, type TableByCode, tableByCode } from "./table-by-code.js";

// Built on first use: importing statuskit builds nothing it may never read.
let nameTable: TableByCode<string> | undefined;

/**
 * The name of the constant for a status code, in Django REST Framework's
 * style (`"HTTP_404_NOT_FOUND"`), or `undefined` for a code statuskit does not
 * know. Where a code has two names, this is the one in RFC 9110's wording
 * (`"HTTP_422_UNPROCESSABLE_CONTENT"`, not DRF's older
 * `"HTTP_422_UNPROCESSABLE_ENTITY"`). For a known literal code the result has
 * the name's literal type.
 *
 * Costs about as much in a bundle as `reasonPhrase`: it brings only the names,
 * not the descriptions `statusInfo` carries. Never throws.
 *
 * @example
 * ```ts
 * import { constantName } from "statuskit";
 * constantName(404); // "HTTP_404_NOT_FOUND"
 * constantName(413); // "HTTP_413_CONTENT_TOO_LARGE"
 * constantName(499); // undefined
 * ```
 */
export function constantName<Code extends KnownStatusCode>(code: Code): ConstantNames[Code];
export function constantName(code: number): string | undefined;
export function constantName(code: number): string | undefined {
  nameTable ??= tableByCode(constantNames);
  return atCode(nameTable, code);
}
