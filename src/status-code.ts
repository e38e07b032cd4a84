import type {
  ClientErrorCode,
  InformationalCode,
  RedirectCode,
  ServerErrorCode,
  SuccessCode,
} from "./generated/codes.js";

/**
 * Any integer from 100 to 599: the range RFC 9110 (Section 15) gives status
 * codes, registered or not. What {@link isStatusCode} narrows to.
 */
export type StatusCode = InformationalCode | SuccessCode | RedirectCode | ClientErrorCode | ServerErrorCode;

/** A 4xx or 5xx code: every integer 400..599. What {@link isError} narrows to. */
export type ErrorCode = ClientErrorCode | ServerErrorCode;

/**
 * Whether `value` is a status code: an integer from 100 to 599 (RFC 9110,
 * Section 15), registered or not. This is statuskit's definition of a status
 * code: the class guards test the same thing for their range, and a test
 * holds them to it. It never throws and never coerces, so `"404"`, `404.5`
 * and `NaN` are not status codes.
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15 | RFC 9110, Section 15}
 * @example
 * ```ts
 * import { isStatusCode } from "statuskit";
 * isStatusCode(404); // true
 * isStatusCode(299); // true
 * isStatusCode(600); // false
 * isStatusCode("404"); // false
 * ```
 */
export function isStatusCode(value: unknown): value is StatusCode {
  // Number.isInteger first: it never coerces, so no comparison can call an object's valueOf.
  return Number.isInteger(value) && (value as number) >= 100 && (value as number) <= 599;
}
