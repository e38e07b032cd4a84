import { isDigitAt } from "./http-syntax.js";
import { isAsciiWhiteSpace, trimAsciiWhiteSpace } from "./lookup-key.js";

/** A status line as read by {@link readStatusLine}: its three digits and the phrase it carried. @internal */
export interface StatusLine {
  /** The three digits, 100 to 999 or any other: whether a code is known is for the caller to decide. */
  readonly code: number;
  /** The reason phrase as sent, `""` when none was. */
  readonly phrase: string;
}

const isBlank = (code: number): boolean => code === 32 || code === 9;
const isControl = (code: number): boolean => (code < 32 && code !== 9) || code === 127;

/**
 * Reads `text` as a status line (RFC 9112, Section 4): `HTTP/` and a version
 * (`1.1`, `1.0`, or one digit, as `curl` prints `HTTP/2`), blanks, three
 * digits, then the end or blanks and a reason phrase, which may be anything
 * but control characters: "a client SHOULD ignore the reason-phrase
 * content", so the digits decide. `HTTP` is read in any letter case, runs of
 * spaces and tabs stand for the single space, and ASCII white space around
 * the line (a CRLF) is ignored. By hand, one pass.
 *
 * `readStatusLine("HTTP/1.1 404 File Not Found")` is `{ code: 404, phrase:
 * "File Not Found" }`; `readStatusLine("404 Not Found")` is `undefined`
 * (no version).
 * @internal
 */
export function readStatusLine(text: string): StatusLine | undefined {
  // Most text looked up is no status line: one look at its first character
  // ("h" or "H") says so before any of it is trimmed, which keeps the common
  // lookup about twice as fast.
  let first = 0;
  while (isAsciiWhiteSpace(text.charCodeAt(first))) first++;
  if ((text.charCodeAt(first) | 32) !== 104) return undefined;
  const line = trimAsciiWhiteSpace(text);
  if (!/^http\/\d/i.test(line.slice(0, 6))) return undefined;
  let at = 6;
  if (line[at] === "." && isDigitAt(line, at + 1)) at += 2;
  const afterVersion = at;
  while (isBlank(line.charCodeAt(at))) at++;
  if (at === afterVersion) return undefined;
  if (!(isDigitAt(line, at) && isDigitAt(line, at + 1) && isDigitAt(line, at + 2))) return undefined;
  const code = Number(line.slice(at, at + 3));
  at += 3;
  if (at === line.length) return { code, phrase: "" };
  if (!isBlank(line.charCodeAt(at))) return undefined;
  while (isBlank(line.charCodeAt(at))) at++;
  const phrase = line.slice(at);
  for (let index = 0; index < phrase.length; index++) if (isControl(phrase.charCodeAt(index))) return undefined;
  return { code, phrase };
}
