/**
 * A `Retry-After` value (RFC 9110, Section 10.2.3) from a delay in seconds or
 * the `Date` to retry after. A delay is rounded up to whole seconds, as
 * Django REST Framework rounds `Throttled.wait` (so 0.2 becomes 1, never 0);
 * a date is written as an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`).
 * Throws a `TypeError` for a negative or non-finite delay or an invalid date.
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3 | RFC 9110, Section 10.2.3}
 * @example
 * ```ts
 * import { retryAfterValue } from "statuskit/errors";
 * retryAfterValue(29.5); // "30"
 * retryAfterValue(new Date(Date.UTC(2030, 0, 1))); // "Tue, 01 Jan 2030 00:00:00 GMT"
 * ```
 */
export function retryAfterValue(after: number | Date): string {
  if (typeof after === "number") {
    if (!Number.isFinite(after) || after < 0) {
      throw new TypeError(`Retry-After: a delay must be a finite number of seconds, 0 or more (got ${after})`);
    }
    // delay-seconds is digits only: String() would write 1e+21 from 10^21 up.
    return BigInt(Math.ceil(after)).toString();
  }
  // Tested by its tag rather than instanceof, so that a Date from another
  // realm passes; toUTCString writes an IMF-fixdate for years 1 to 9999.
  const time =
    Object.prototype.toString.call(after) === "[object Date]" ? Date.prototype.getTime.call(after) : Number.NaN;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  if (Number.isNaN(time) || year < 1 || year > 9999) {
    throw new TypeError("Retry-After: the date must be a valid Date in years 1 to 9999");
  }
  return date.toUTCString();
}
