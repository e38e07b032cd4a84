/**
 * The longest text statusCodeFor reads; longer text is no name and no status
 * line, and gives `undefined` at once. The longest name statuskit knows is
 * under 50 characters and real status lines are as short, so this leaves room
 * for padding while keeping every lookup's work small and bounded.
 * @internal
 */
export const maxLookupLength = 256;

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** HTAB, LF, FF, CR and space: the white space of HTTP and of the shells, and no other. @internal */
export const isAsciiWhiteSpace = (code: number): boolean =>
  code === 9 || code === 10 || code === 12 || code === 13 || code === 32;

const isSeparator = (code: number): boolean => isAsciiWhiteSpace(code) || code === 95 || code === 45;
const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019;

const nonAscii = /[\u0080-\uffff]/;

/** `text` without ASCII white space at its ends (unlike `trim`, NBSP and U+FEFF stay). @internal */
export function trimAsciiWhiteSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isAsciiWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isAsciiWhiteSpace(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/** `text` with A to Z in lower case and every other character as it is (no Kelvin sign becomes "k"). @internal */
export function asciiLowerCase(text: string): string {
  // On ASCII text the native lower-casing folds A to Z and nothing else, and
  // is many times faster than a loop; other text is folded by hand.
  if (!nonAscii.test(text)) return text.toLowerCase();
  let folded = "";
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    folded += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[at];
  }
  return folded;
}

/**
 * Folds a phrase or a constant name to the form statuskit's name lookups
 * compare: A to Z in lower case, an apostrophe between two letters dropped
 * ("I'm" and "IM" meet, "4'04" stays), every run of ASCII white space,
 * hyphens and underscores turned into one space, and ASCII white space at
 * the ends trimmed. Every other character is kept, so punctuation that is not
 * part of a name ("not found!!", "-404"), a letter that only folds to ASCII
 * outside it (the Kelvin sign) and Unicode spaces (NBSP, U+FEFF) keep it from
 * matching.
 *
 * `"Non-Authoritative Information"`, `"NON_AUTHORITATIVE_INFORMATION"` and
 * `" non authoritative   information "` all fold to
 * `"non authoritative information"`.
 *
 * One pass by hand after the lower-casing, reading each character at most
 * three times. Shared by
 * `statusCodeFor` and by `scripts/generate.ts`, so the index the generator
 * writes and the keys the lookup makes cannot drift apart.
 * @internal
 */
export function lookupKey(text: string): string {
  const trimmed = trimAsciiWhiteSpace(text);
  const folded = asciiLowerCase(trimmed);
  let key = "";
  // The kept characters are copied a run at a time, between separators and
  // dropped apostrophes.
  let runStart = 0;
  let at = 0;
  while (at < folded.length) {
    const code = folded.charCodeAt(at);
    if (isSeparator(code)) {
      let end = at + 1;
      while (end < folded.length && isSeparator(folded.charCodeAt(end))) end++;
      key += `${folded.slice(runStart, at)} `;
      runStart = end;
      at = end;
      continue;
    }
    if (isApostrophe(code) && isAsciiLetter(folded.charCodeAt(at - 1)) && isAsciiLetter(folded.charCodeAt(at + 1))) {
      key += folded.slice(runStart, at);
      runStart = at + 1;
    }
    at++;
  }
  return key + folded.slice(runStart);
}

/**
 * The bare constant name a phrase gives when it folds to plain words and
 * digits: `"Not Found"` gives `"NOT_FOUND"` (the constant is
 * `HTTP_404_NOT_FOUND`), `"(Unused)"` gives `undefined`. Every primary
 * constant is named this way except where `scripts/generate.ts` lists it among
 * the extra names, and the generator fails on a phrase that would give a name
 * no constant has; so statusCodeFor needs no table of constant names.
 * @internal
 */
export function bareNameOf(phrase: string): string | undefined {
  const key = lookupKey(phrase);
  return /^[a-z0-9 ]+$/.test(key) ? key.toUpperCase().replaceAll(" ", "_") : undefined;
}
