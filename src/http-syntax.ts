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
