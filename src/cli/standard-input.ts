import { isToken } from "../http-syntax.js";
import { trimAsciiWhiteSpace } from "../lookup-key.js";

/** A status line's version token: "HTTP/1.1", "HTTP/2". */
const isVersion = (token: string | undefined): boolean => token !== undefined && /^HTTP\/\d(?:\.\d)?$/i.test(token);

/** A header line in a response head: a field name and a colon ("content-type: text/html"). */
const isHeader = (line: string): boolean => isToken(line.slice(0, Math.max(0, line.indexOf(":"))));

/**
 * The most a line of standard input may hold, in bytes: far more than any
 * code, name or header line. A longer line is a usage error for that line;
 * the lines after it are read as usual.
 */
export const longestLine = 1024 * 1024;

/**
 * Reads standard input one line at a time, remembering whether it is inside
 * the head of an HTTP response (`curl -sI URL`): gives the input a line
 * stands for, or `undefined` for a line to skip. A status line is kept whole
 * ("HTTP/2 301", then "HTTP/1.1 200 OK" after a redirect), so that its
 * phrase can be shown; the header lines after it are skipped; blank lines are
 * skipped and end a head. Each line costs time linear in its length.
 *
 * @example
 * ```ts
 * const read = lineReader();
 * ["HTTP/2 404", "content-type: text/html", "", "gone"].map(read); // ["HTTP/2 404", undefined, undefined, "gone"]
 * ```
 */
export function lineReader(): (raw: string) => string | undefined {
  let inHead = false;
  return (raw) => {
    const line = trimAsciiWhiteSpace(raw);
    if (line === "") {
      inHead = false;
      return undefined;
    }
    const space = line.indexOf(" ");
    if (isVersion(space < 0 ? line : line.slice(0, space))) {
      inHead = true;
      return line;
    }
    return inHead && isHeader(line) ? undefined : line;
  };
}
