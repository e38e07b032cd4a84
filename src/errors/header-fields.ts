import { framingHeaderNames, isPortableFieldValue, isToken } from "../http-syntax.js";

/**
 * Why a response header cannot go on an error with this status, or
 * `undefined` when it can: a name that is not a token (RFC 9110, Section
 * 5.1); a value that is not a string of visible ASCII, spaces and tabs, the
 * one form that node:http, fetch's `Headers`, Bun and Deno all send as given;
 * or a header that frames the message or the connection, which the server
 * writes itself (`Upgrade` only on a 426, which RFC 9110, Section 15.5.22
 * requires it on).
 */
export function headerFault(status: number, name: string, value: unknown): string | undefined {
  if (!isToken(name)) return `${JSON.stringify(name)} is not a valid header name`;
  const lower = name.toLowerCase();
  if (framingHeaderNames.has(lower) && !(lower === "upgrade" && status === 426)) {
    return `the ${name} header frames the message or the connection, which the server does itself`;
  }
  if (typeof value !== "string") return `the value of the ${name} header must be a string`;
  if (!isPortableFieldValue(value)) {
    return `the value of the ${name} header may hold only visible ASCII, spaces and tabs (encode other text, as RFC 8187 does)`;
  }
  return undefined;
}

/**
 * The response headers of an error: names in lower case, each checked by
 * {@link headerFault}, in a null-prototype record, so that a name not given
 * reads as `undefined` (`constructor` too) and a caller's `__proto__` stays
 * a name. Throws a `TypeError` naming the bad field.
 */
export function checkedHeaders(status: number, input: unknown): Record<string, string> {
  const headers: Record<string, string> = Object.create(null);
  if (input === undefined) return headers;
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new TypeError("HttpError: headers must be a record of header names to string values");
  }
  for (const [name, value] of Object.entries(input)) {
    const fault = headerFault(status, name, value);
    if (fault !== undefined) throw new TypeError(`HttpError: ${fault}`);
    headers[name.toLowerCase()] = value as string;
  }
  return headers;
}
