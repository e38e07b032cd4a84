import { type HeaderRequiredStatus, headerRequiredCodes } from "../generated/error-phrases-and-headers.js";
import type { NamedHeaders } from "../generated/headers.js";
import { isDigitAt, isToken } from "../http-syntax.js";

/**
 * The error statuses whose response must carry the header fields that the
 * table names for them (`statusInfo(code).headers`), as RFC 9110 says in
 * each status's section. Both the header names and which of them are
 * requirements rather than recommendations (`Retry-After` on 429 and 503 is
 * optional) come from the table.
 *
 * @example
 * ```ts
 * import { statusInfo } from "statuskit";
 * import { headerRequiredStatuses } from "statuskit/errors";
 * headerRequiredStatuses.includes(405); // true
 * statusInfo(405).headers; // ["Allow"]
 * ```
 */
export const headerRequiredStatuses: readonly number[] = /* @__PURE__ */ Object.freeze([...headerRequiredCodes]);

export type { HeaderRequiredStatus };

/**
 * The name of the header a status requires, from the table: `"Allow"` for
 * 405; `never` for a status that requires none.
 */
export type RequiredHeaderName<Status extends number> = Status extends HeaderRequiredStatus
  ? NamedHeaders[Status]
  : never;

/**
 * The `headers` an error with this literal status must be given: the required
 * header by its name as the table spells it or in lower case.
 *
 * @example
 * ```ts
 * import type { RequiredHeaders } from "statuskit/errors";
 * const headers: RequiredHeaders<405> = { Allow: "GET, HEAD" };
 * ```
 */
export type RequiredHeaders<Status extends number> = Status extends HeaderRequiredStatus
  ?
      | Readonly<Record<RequiredHeaderName<Status>, RequiredHeaderValue<Status>>>
      | Readonly<Record<Lowercase<RequiredHeaderName<Status>>, RequiredHeaderValue<Status>>>
  : never;

/**
 * The form of the required header's value: for 416, `Content-Range` in its
 * unsatisfied-range form, `unit *\/length` (RFC 9110, Section 14.4); any
 * string for the others.
 */
export type RequiredHeaderValue<Status extends number> = Status extends 416 ? UnsatisfiedRange : string;

/** A `Content-Range` value in its unsatisfied-range form, such as `bytes *\/47022`. */
export type UnsatisfiedRange = `${string} */${number}`;

/** Whether `value` is a range unit (a token), a space, `*\/` and the complete length in digits. */
function isUnsatisfiedRange(value: string): boolean {
  const separator = value.indexOf(" */");
  const lengthAt = separator + 3;
  if (separator === -1 || lengthAt === value.length || !isToken(value.slice(0, separator))) return false;
  for (let at = lengthAt; at < value.length; at++) if (!isDigitAt(value, at)) return false;
  return true;
}

/**
 * The `Content-Range` value a 416 response sends (RFC 9110, Sections 14.4
 * and 15.5.17): the range unit and the representation's current length, as
 * `bytes *\/47022`. Throws a `TypeError` for a length that is not a whole
 * number of 0 or more.
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17 | RFC 9110, Section 15.5.17}
 * @example
 * ```ts
 * import { HttpError, unsatisfiedRange } from "statuskit/errors";
 * unsatisfiedRange(47022); // "bytes *\/47022"
 * new HttpError(416, { headers: { "Content-Range": unsatisfiedRange(47022) } }).status; // 416
 * ```
 */
export function unsatisfiedRange(completeLength: number, unit = "bytes"): UnsatisfiedRange {
  const value = `${unit} */${completeLength}`;
  if (!Number.isSafeInteger(completeLength) || completeLength < 0 || !isUnsatisfiedRange(value)) {
    throw new TypeError(`Content-Range: ${JSON.stringify(value)} is not an unsatisfied range (unit */length)`);
  }
  return value as UnsatisfiedRange;
}

/** Whether a 416's `Content-Range`, where there is one, has the unsatisfied-range form; true for every other status. */
export function hasRequiredForm(status: number, headers: Readonly<Record<string, string>>): boolean {
  const range = headers["content-range"];
  return status !== 416 || range === undefined || isUnsatisfiedRange(range);
}
