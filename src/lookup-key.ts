/**
 * The longest text statusCodeFor reads; longer text is no name and no status
 * line, and gives `undefined` at once. The longest name statuskit knows is
 * under 50 characters and real status lines are as short, so this leaves room
 * for padding while keeping every lookup's work small and bounded.
 * @internal
 */
export const maxLookupLength = 256;

/**
 * Folds a phrase or a constant name to the form statuskit's name lookups
 * compare: lower case, apostrophes dropped ("I'm" and "IM" meet), every run of
 * white space, hyphens and underscores turned into one space, and white
 * space at the ends trimmed. Every other character is kept, so punctuation
 * that is not part of a name ("not found!!", "-404") keeps it from matching.
 *
 * `"Non-Authoritative Information"`, `"NON_AUTHORITATIVE_INFORMATION"` and
 * `" non authoritative   information "` all fold to
 * `"non authoritative information"`.
 *
 * Linear in the length of `text`: each pattern is a single character class,
 * which cannot backtrack. Shared by `statusCodeFor` and by
 * `scripts/generate.ts`, so the index the generator writes and the keys the
 * lookup makes cannot drift apart.
 * @internal
 */
export function lookupKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/['\u2019]/g, "")
    .replace(/[\s_-]+/g, " ");
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
