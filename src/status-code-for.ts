import type { KnownStatusCode } from "./generated/codes.js";
import { extraNames } from "./generated/names.js";
import { phrases } from "./generated/phrases.js";
import { isDigitAt } from "./http-syntax.js";
import { asciiLowerCase, bareNameOf, lookupKey, maxLookupLength, trimAsciiWhiteSpace } from "./lookup-key.js";
import { readStatusLine } from "./status-line.js";

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

let constants: ReadonlyMap<string, KnownStatusCode> | undefined;

/** Every whole constant name, folded (`"http 404 not found"`), to its code. */
function constantKeys(): ReadonlyMap<string, KnownStatusCode> {
  if (constants !== undefined) return constants;
  const map = new Map<string, KnownStatusCode>();
  for (const [key, phrase] of Object.entries(phrases)) {
    const bare = bareNameOf(phrase);
    if (bare !== undefined) map.set(lookupKey(`HTTP_${key}_${bare}`), Number(key) as KnownStatusCode);
  }
  for (const [key, code] of extraNames) if (key.startsWith("HTTP_")) map.set(lookupKey(key), code as KnownStatusCode);
  constants = map;
  return map;
}

/** The known code written as three digits at `at` in `text`, if any. */
const known = (code: number): KnownStatusCode | undefined =>
  Object.hasOwn(phrases, code) ? (code as KnownStatusCode) : undefined;

function codeAt(text: string, at: number): KnownStatusCode | undefined {
  if (!(isDigitAt(text, at) && isDigitAt(text, at + 1) && isDigitAt(text, at + 2))) return undefined;
  return known(Number(text.slice(at, at + 3)));
}

/**
 * Reads a folded status line without a version: an optional `http `, three
 * digits, then the end or a space and a name of that code. By hand, one
 * pass, so that no input can make it backtrack.
 */
function statusLineCode(names: ReadonlyMap<string, KnownStatusCode>, key: string): KnownStatusCode | undefined {
  const at = key.startsWith("http ") ? 5 : 0;
  const code = codeAt(key, at);
  if (code === undefined || at + 3 === key.length) return code;
  if (key[at + 3] !== " ") return undefined;
  return names.get(key.slice(at + 4)) === code ? code : undefined;
}

/** Whether the text is written as a constant name: `HTTP`, then underscores or hyphens, then a digit. */
function isConstantForm(text: string): boolean {
  if (asciiLowerCase(text.slice(0, 4)) !== "http") return false;
  let at = 4;
  while (text[at] === "_" || text[at] === "-") at++;
  return at > 4 && isDigitAt(text, at);
}

/** Everything but an exact match: a status line, the lower-cased text, a constant name, the folded text. */
function foldedLookup(names: ReadonlyMap<string, KnownStatusCode>, text: string): KnownStatusCode | undefined {
  const line = readStatusLine(text);
  if (line !== undefined) return known(line.code);
  // Every name is ASCII, and of all the characters outside ASCII the native
  // lower-casing turns only the Kelvin sign into an ASCII letter ("k"), so a
  // name found this way is one that folding A to Z alone finds, unless the
  // text holds that sign.
  const lower = names.get(text.toLowerCase());
  if (lower !== undefined && !text.includes("\u212A")) return lower;
  const trimmed = trimAsciiWhiteSpace(text);
  const key = lookupKey(trimmed);
  // A constant name must be one statuskit has, whatever its separators, or
  // "HTTP_404" alone: never a status line or a phrase that folds the same.
  if (isConstantForm(trimmed)) {
    const code = codeAt(key, 5);
    if (code === undefined) return undefined;
    return key.length === 8 || constantKeys().get(key) === code ? code : undefined;
  }
  return names.get(key) ?? statusLineCode(names, key);
}

/**
 * The status code named by `text`, or `undefined` when no known code matches.
 * Accepts:
 *
 * - a status line (RFC 9112, Section 4): `"HTTP/1.1 404 Not Found"`,
 *   `"HTTP/2 503"`. The three digits decide and the reason phrase may be
 *   anything, since servers send their own and RFC 9112 tells clients to
 *   ignore it: `"HTTP/1.1 404 File Not Found"` and
 *   `"HTTP/1.1 200 Connection established"` are 404 and 200;
 * - a reason phrase: `"Not Found"`, `"not found"`, `"I'm a teapot"`, and the
 *   phrases status lines have carried before RFC 9110 or carry today from
 *   servers and runtimes: `"Moved Temporarily"` (302, nginx),
 *   `"Request Entity Too Large"` (413), `"Gateway Time-out"` (504). A phrase
 *   statuskit does not know, alone, is nothing: `"File Not Found"`;
 * - a constant name: `"HTTP_404_NOT_FOUND"` (statuskit's and Django REST
 *   Framework's names only: `"HTTP_413_REQUEST_ENTITY_TOO_LARGE"` is 413,
 *   `"HTTP_413_PAYLOAD_TOO_LARGE"` and `"HTTP-413-PAYLOAD-TOO-LARGE"` are
 *   nothing), `"HTTP_404"`, or a bare one: `"NOT_FOUND"`, `"not_found"`;
 * - a number, `"404"`, or a number and a name of it without a version:
 *   `"404 Not Found"`, `"HTTP 404"` (here the name must belong to the
 *   number: `"404 Gone"` is nothing).
 *
 * `HTTP/` starts a status line; `HTTP` and an underscore or hyphen start a
 * constant name. In names, letter case does not matter (A to Z only: the
 * Kelvin sign is not a K); spaces, tabs, hyphens and underscores are
 * interchangeable and may repeat (`"HTTP_404_NOT__FOUND"`); ASCII white space
 * around the text is ignored; and an apostrophe between two letters is
 * optional (`"im a teapot"`). Nothing else is: other punctuation
 * (`"not found!"`), an apostrophe elsewhere (`"4'04"`), Unicode spaces (NBSP,
 * U+FEFF), fragments (`"not"`) and misspellings give `undefined`.
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
 * statusCodeFor("HTTP/1.1 404 File Not Found"); // 404
 * statusCodeFor("File Not Found"); // undefined
 * statusCodeFor("404 Gone"); // undefined
 * ```
 */
export function statusCodeFor(text: string): KnownStatusCode | undefined {
  if (typeof text !== "string" || text.length > maxLookupLength) return undefined;
  index ??= buildIndex();
  return index.get(text) ?? foldedLookup(index, text);
}
