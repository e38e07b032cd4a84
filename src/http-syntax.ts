/**
 * The few pieces of HTTP syntax that more than one part of statuskit reads,
 * each defined once (RFC 9110, Section 5.6; RFC 5234, Appendix B.1).
 */

/** Whether the character at `at` in `text` is an ASCII digit, 0 to 9 (false past the end). */
export function isDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
}

const token = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Whether `text` is a token (RFC 9110, Section 5.6.2): the syntax of a field
 * name, a method, or a parameter name.
 */
export function isToken(text: string): boolean {
  return token.test(text);
}

/**
 * The header fields that decide how a message is framed or what happens to
 * the connection (RFC 9112, Sections 6 and 9.6; RFC 9110, Section 7.6.1).
 * The server writes these itself: one set by an application beside its own
 * would break the response (`Transfer-Encoding` beside `Content-Length`,
 * which RFC 9112, Section 6.1 forbids). Lower-case names.
 */
export const framingHeaderNames: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "connection",
  "content-length",
  "keep-alive",
  "proxy-connection",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
]);

/**
 * Whether node:http sends `value` as a field value as it is: tab, visible
 * ASCII, space and obs-text (RFC 9110, Section 5.5), the last as Latin-1.
 */
export function isFieldValue(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const unit = value.charCodeAt(index);
    if (unit !== 0x09 && (unit < 0x20 || unit === 0x7f || unit > 0xff)) return false;
  }
  return true;
}

/**
 * Whether a field value holds only what both node:http and fetch's `Headers`
 * send as given: visible ASCII, spaces and tabs (RFC 9110, Section 5.5,
 * without obs-text, which fetch refuses above U+00FF and node:http writes
 * as Latin-1).
 */
export function isPortableFieldValue(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const unit = value.charCodeAt(index);
    if (unit !== 0x09 && (unit < 0x20 || unit > 0x7e)) return false;
  }
  return true;
}
