import type { KnownStatusCode } from "./generated/codes.js";
import { extraNames } from "./generated/names.js";
import { phrases } from "./generated/phrases.js";
import { isDigitAt } from "./http-syntax.js";
import { bareNameOf, lookupKey, maxLookupLength } from "./lookup-key.js";

// Every key maps to one code: the phrase as registered, the constant names
// (whole and bare, derived from the phrase; the generator lists the others),
// and the folded (lookupKey) form of every phrase and bare constant name, plus
// the lower-case forms people type most, so that those answer with one Map
// lookup before any folding. A Map, so that no key can reach a prototype
// member.
//
// Built on the first lookup, not at import: building it takes about a third
// of a millisecond that a program which never looks a name up should not pay
// on every start. Once built it never changes.
let index: ReadonlyMap<string, KnownStatusCode> | undefined;

function buildIndex(): Map<string, KnownStatusCode> {
  const map = new Map<string, KnownStatusCode>();
  const add = (key: string, code: KnownStatusCode) => {
    map.set(key, code);
    map.set(key.toLowerCase(), code);
  };
  for (const [key, phrase] of Object.entries(phrases)) {
    const code = Number(key) as KnownStatusCode;
    add(phrase, code);
    add(lookupKey(phrase), code);
    const bare = bareNameOf(phrase);
    if (bare !== undefined) {
      add(bare, code);
      add(`HTTP_${code}_${bare}`, code);
    }
  }
  for (const [key, code] of extraNames) add(key, code as KnownStatusCode);
  return map;
}

/** The known code written as three digits at `at` in `text`, if any. */
function codeAt(text: string, at: number): KnownStatusCode | undefined {
  if (!(isDigitAt(text, at) && isDigitAt(text, at + 1) && isDigitAt(text, at + 2))) return undefined;
  const code = Number(text.slice(at, at + 3));
  return Object.hasOwn(phrases, code) ? (code as KnownStatusCode) : undefined;
}

/**
 * Reads a folded status line: an optional `http/1.1 ` (or `http/2 `, or just
 * `http `), three digits, then the end or a space and a name of that code.
 * By hand, one pass, so that no input can make it backtrack.
 */
function statusLineCode(names: ReadonlyMap<string, KnownStatusCode>, key: string): KnownStatusCode | undefined {
  let at = 0;
  if (key.startsWith("http/")) {
    at = 5;
    if (!isDigitAt(key, at)) return undefined;
    at += 1;
    if (key[at] === "." && isDigitAt(key, at + 1)) at += 2;
    if (key[at] !== " ") return undefined;
    at += 1;
  } else if (key.startsWith("http ")) {
    at = 5;
  }
  const code = codeAt(key, at);
  if (code === undefined || at + 3 === key.length) return code;
  if (key[at + 3] !== " ") return undefined;
  return names.get(key.slice(at + 4)) === code ? code : undefined;
}

/** Everything but an exact match: the lower-cased text, a constant name, the folded text, a status line. */
function foldedLookup(names: ReadonlyMap<string, KnownStatusCode>, text: string): KnownStatusCode | undefined {
  const lower = names.get(text.toLowerCase());
  if (lower !== undefined) return lower;
  const trimmed = text.trim();
  // Underscores after "HTTP" make it a constant name, which must be one
  // statuskit has (found above) or "HTTP_404" alone.
  if (/^http_\d/i.test(trimmed)) return trimmed.length === 8 ? codeAt(trimmed, 5) : undefined;
  const key = lookupKey(trimmed);
  return names.get(key) ?? statusLineCode(names, key);
}

/**
 * The status code named by `text`, or `undefined` when no known code matches.
 * Accepts, in any letter case:
 *
 * - a reason phrase: `"Not Found"`, `"not found"`, `"I'm a teapot"`, and the
 *   phrases status lines have carried before RFC 9110 or carry today from
 *   servers and runtimes: `"Moved Temporarily"` (302, nginx),
 *   `"Request Entity Too Large"` (413), `"Gateway Time-out"` (504);
 * - a constant name: `"HTTP_404_NOT_FOUND"` (statuskit's and Django REST
 *   Framework's names only: `"HTTP_413_REQUEST_ENTITY_TOO_LARGE"` is 413,
 *   `"HTTP_306_UNUSED"` is nothing), or a bare one: `"NOT_FOUND"`, `"not_found"`;
 * - a number: `"404"`, or a status line: `"404 Not Found"`,
 *   `"HTTP/1.1 404 Not Found"`, `"HTTP 404"` (the name, when given, must
 *   belong to the number).
 *
 * Spaces, hyphens and underscores are interchangeable and may repeat, white
 * space around the text is ignored, and apostrophes are optional
 * (`"im a teapot"`). Nothing else is: other punctuation (`"not found!"`),
 * fragments (`"not"`) and misspellings give `undefined`.
 *
 * Only codes statuskit knows are returned: `"299"` gives `undefined`. Text
 * longer than 256 characters gives `undefined` at once, and every lookup
 * takes time linear in the length of `text`. Never throws.
 *
 * @example
 * ```ts
 * import { statusCodeFor } from "statuskit";
 * statusCodeFor("not found"); // 404
 * statusCodeFor("HTTP_422_UNPROCESSABLE_ENTITY"); // 422
 * statusCodeFor("too_many_requests"); // 429
 * statusCodeFor("HTTP/1.1 302 Moved Temporarily"); // 302
 * statusCodeFor("404 Gone"); // undefined
 * ```
 */
export function statusCodeFor(text: string): KnownStatusCode | undefined {
  if (typeof text !== "string" || text.length > maxLookupLength) return undefined;
  index ??= buildIndex();
  return index.get(text) ?? foldedLookup(index, text);
}
