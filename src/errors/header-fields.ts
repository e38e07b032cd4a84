import { isToken } from "../http-syntax.js";

// A value may not hold CR, LF or NUL (RFC 9110, Section 5.5), which would split the response.
const forbiddenInValue = /[\r\n\0]/;

/**
 * The response headers of an error: names in lower case, values checked,
 * in a null-prototype record, so that a name not given reads as `undefined`
 * (`constructor` too) and a caller's `__proto__` stays a name. Throws a
 * `TypeError` naming the bad field.
 */
export function checkedHeaders(input: unknown): Record<string, string> {
  const headers: Record<string, string> = Object.create(null);
  if (input === undefined) return headers;
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new TypeError("HttpError: headers must be a record of header names to string values");
  }
  for (const [name, value] of Object.entries(input)) {
    // A field name is a token (RFC 9110, Section 5.1).
    if (!isToken(name)) throw new TypeError(`HttpError: ${JSON.stringify(name)} is not a valid header name`);
    if (typeof value !== "string" || forbiddenInValue.test(value)) {
      throw new TypeError(`HttpError: the value of the ${name} header must be a string without CR, LF or NUL`);
    }
    headers[name.toLowerCase()] = value;
  }
  return headers;
}
