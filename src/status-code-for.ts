import type { KnownStatusCode } from "./generated/codes.js";
import { extraNames } from "./generated/names.js";
import { phrases } from "./generated/phrases.js";
import { lookupKey } from "./lookup-key.js";

// Exact keys for the forms people type most (the phrase as registered, the
// constant name, the bare name in upper and lower case) answer with one Map
// lookup; anything else is folded by lookupKey and looked up again. A Map, so
// that no key can ever reach a prototype member.
//
// Built on the first lookup, not at import: building it takes about a third
// of a millisecond that a program which never looks a name up should not pay
// on every start. Once built it never changes.
let index: ReadonlyMap<string, KnownStatusCode> | undefined;

function find(key: string): KnownStatusCode | undefined {
  index ??= buildIndex();
  return index.get(key);
}

function buildIndex(): Map<string, KnownStatusCode> {
  const map = new Map<string, KnownStatusCode>();
  const add = (key: string, code: KnownStatusCode) => {
    const name = key.toUpperCase().replace(/ /g, "_");
    map.set(key, code);
    map.set(name, code);
    map.set(name.toLowerCase(), code);
    map.set(`HTTP_${code}_${name}`, code);
  };
  for (const [code, phrase] of Object.entries(phrases)) {
    map.set(phrase, Number(code) as KnownStatusCode);
    add(lookupKey(phrase), Number(code) as KnownStatusCode);
  }
  for (const [key, code] of extraNames) add(key, code as KnownStatusCode);
  return map;
}

// A number or a status line, matched on the raw text so that a sign or a
// bracket around the number is not folded away: "404", "404 Not Found",
// "HTTP/1.1 404 Not Found", "HTTP_404_NOT_FOUND".
const numbered = /^(?:HTTP(?:\/\d(?:\.\d)?)?[\s_-]+)?(\d{3})(?:[\s_-]+(.+))?$/i;

/**
 * The status code named by `text`, or `undefined` when no known code matches.
 * Accepts, in any case and spacing:
 *
 * - a reason phrase: `"Not Found"`, `"not found"`, `"I'm a teapot"`;
 * - a constant name: `"HTTP_404_NOT_FOUND"`, or a bare one: `"NOT_FOUND"`, `"not_found"`;
 *   Django REST Framework's older names too (`"REQUEST_ENTITY_TOO_LARGE"` is 413);
 * - a number: `"404"`, or a status line: `"404 Not Found"`, `"HTTP/1.1 404 Not Found"`
 *   (the name, when given, must belong to the number).
 *
 * Only codes statuskit knows are returned: `"299"` gives `undefined`. Never
 * throws.
 *
 * @example
 * ```ts
 * import { statusCodeFor } from "statuskit";
 * statusCodeFor("not found"); // 404
 * statusCodeFor("HTTP_422_UNPROCESSABLE_ENTITY"); // 422
 * statusCodeFor("too_many_requests"); // 429
 * statusCodeFor("404 Gone"); // undefined
 * ```
 */
export function statusCodeFor(text: string): KnownStatusCode | undefined {
  if (typeof text !== "string") return undefined;
  const exact = find(text);
  if (exact !== undefined) return exact;
  const match = numbered.exec(text.trim());
  if (match === null) return find(lookupKey(text));
  const code = Number(match[1]);
  if (!Object.hasOwn(phrases, code)) return undefined;
  const name = match[2];
  if (name !== undefined && (find(name) ?? find(lookupKey(name))) !== code) return undefined;
  return code as KnownStatusCode;
}
