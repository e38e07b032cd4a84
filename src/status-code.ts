import { contentCodes, knownCodes, registeredCodes } from "./generated/code-lists.js";
import type {
  ClientErrorCode,
  ContentStatusCode,
  InformationalCode,
  KnownStatusCode,
  RedirectCode,
  RegisteredStatusCode,
  ServerErrorCode,
  SuccessCode,
} from "./generated/codes.js";
import { atCode, setOfCodes, type TableByCode } from "./table-by-code.js";

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
  // The class guards' form (categories.ts says why): the type first, so that
  // no arithmetic can call an object's valueOf, then a 32-bit integer, then
  // one unsigned compare for 100..599.
  return typeof value === "number" && (value | 0) === value && (value - 100) >>> 0 < 500;
}

// Built on first use: importing statuskit builds nothing it may never read.
let known: TableByCode<true> | undefined;
let registered: TableByCode<true> | undefined;
let content: TableByCode<true> | undefined;

/**
 * Whether `value` is a code statuskit knows: one registered with IANA, or 509.
 * Narrows to {@link KnownStatusCode}, the codes `reasonPhrase`, `constantName`
 * and `statusInfo` answer for. Never throws and never coerces.
 *
 * @example
 * ```ts
 * import { isKnownStatusCode } from "statuskit";
 * isKnownStatusCode(404); // true
 * isKnownStatusCode(509); // true
 * isKnownStatusCode(499); // false
 * ```
 */
export function isKnownStatusCode(value: unknown): value is KnownStatusCode {
  known ??= setOfCodes(knownCodes);
  return atCode(known, value) === true;
}

/**
 * Whether `value` is a code registered with IANA. Narrows to
 * {@link RegisteredStatusCode}, which is what frameworks with typed statuses
 * accept. Never throws and never coerces.
 *
 * @see {@link https://www.iana.org/assignments/http-status-codes | IANA HTTP Status Code Registry}
 * @example
 * ```ts
 * import { isRegisteredStatusCode } from "statuskit";
 * isRegisteredStatusCode(429); // true
 * isRegisteredStatusCode(509); // false
 * isRegisteredStatusCode(499); // false
 * ```
 */
export function isRegisteredStatusCode(value: unknown): value is RegisteredStatusCode {
  registered ??= setOfCodes(registeredCodes);
  return atCode(registered, value) === true;
}

/**
 * Whether `value` is a registered code whose response may carry content: not
 * 1xx, 204, 205 or 304 (RFC 9110, Sections 6.4.1 and 15.3.6). Narrows to
 * {@link ContentStatusCode}, so a status computed at run time can go to a
 * helper that sends a body, such as Hono's `c.json(body, code)`, without a
 * cast. Never throws and never coerces.
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-6.4.1 | RFC 9110, Section 6.4.1}
 * @example
 * ```ts
 * import { isContentStatusCode } from "statuskit";
 * isContentStatusCode(404); // true
 * isContentStatusCode(204); // false
 * isContentStatusCode(499); // false
 * ```
 */
export function isContentStatusCode(value: unknown): value is ContentStatusCode {
  content ??= setOfCodes(contentCodes);
  return atCode(content, value) === true;
}
