import { errorHeaders, headerRequiredCodes } from "../generated/error-phrases-and-headers.js";
import { atCode, setOfCodes, type TableByCode, tableByCode } from "../table-by-code.js";

// Built on first use, as the core's tables are.
let required: TableByCode<true> | undefined;
let names: TableByCode<readonly string[]> | undefined;

/** The header fields the standard requires of a response with this status, from the table; none for most. */
export function requiredHeaderNames(status: unknown): readonly string[] {
  required ??= setOfCodes(headerRequiredCodes);
  names ??= tableByCode(errorHeaders);
  return atCode(required, status) === true ? (atCode(names, status) ?? []) : [];
}
