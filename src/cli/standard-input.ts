import { isToken } from "../http-syntax.js";

/** A status line's version token: "HTTP/1.1", "HTTP/2". */
const isVersion = (token: string | undefined): boolean => token !== undefined && /^HTTP\/\d(?:\.\d)?$/i.test(token);

/** A header line in a response head: a field name and a colon ("content-type: text/html"). */
const isHeader = (line: string): boolean => isToken(line.slice(0, Math.max(0, line.indexOf(":"))));

/**
 * The inputs in standard input, one per line: codes, names and status lines
 * as typed, and from the head of an HTTP response (`curl -sI URL`), the code
 * of each status line ("HTTP/2 301", then "HTTP/1.1 200 OK" after a redirect)
 * without its header lines. The code alone, because a server may send any
 * reason phrase. Blank lines are skipped.
 *
 * @example
 * ```ts
 * inputsFromText("HTTP/2 404\r\ncontent-type: text/html\r\n\r\n"); // ["404"]
 * inputsFromText("200\nnot found\n"); // ["200", "not found"]
 * ```
 */
export function inputsFromText(text: string): string[] {
  const inputs: string[] = [];
  let inHead = false;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "") {
      inHead = false;
      continue;
    }
    const space = line.indexOf(" ");
    const first = space < 0 ? line : line.slice(0, space);
    if (isVersion(first)) {
      const rest = line.slice(first.length).trimStart();
      const code = rest.slice(0, 3);
      inputs.push(/^\d{3}$/.test(code) && (rest.length === 3 || rest[3] === " ") ? code : line);
      inHead = true;
    } else if (!(inHead && isHeader(line))) {
      inputs.push(line);
    }
  }
  return inputs;
}
