// A field name is an RFC 9110 token (Section 5.1); a value may not hold CR,
// LF or NUL (Section 5.5), which would split the response. Both patterns are
// single character classes, so they run in linear time.
const fieldName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const forbiddenInValue = /[\r\n\0]/;

/**
 * The response headers of an error: names in lower case, values checked,
 * in a null-prototype record so that no name can reach a prototype member.
 * Throws a `TypeError` naming the bad field.
 */
export function checkedHeaders(input: unknown): Record<string, string> {
  const headers: Record<string, string> = Object.create(null);
  if (input === undefined) return headers;
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new TypeError("HttpError: headers must be a record of header names to string values");
  }
  for (const [name, value] of Object.entries(input)) {
    if (!fieldName.test(name)) throw new TypeError(`HttpError: ${JSON.stringify(name)} is not a valid header name`);
    if (typeof value !== "string" || forbiddenInValue.test(value)) {
      throw new TypeError(`HttpError: the value of the ${name} header must be a string without CR, LF or NUL`);
    }
    headers[name.toLowerCase()] = value;
  }
  return headers;
}

/** Whether `value` is a valid header field name (an RFC 9110 token). */
export function isFieldName(value: string): boolean {
  return fieldName.test(value);
}
