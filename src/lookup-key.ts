/**
 * Folds a phrase or a constant name to the form statuskit's name lookups
 * compare: lower case, apostrophes dropped ("I'm" and "IM" meet), every other
 * run of punctuation, underscores or white space turned into one space.
 *
 * `"Non-Authoritative Information"`, `"NON_AUTHORITATIVE_INFORMATION"` and
 * `" non authoritative   information "` all fold to
 * `"non authoritative information"`.
 *
 * Shared by `statusCodeFor` and by `scripts/generate.ts`, so the index the
 * generator writes and the keys the lookup makes cannot drift apart.
 * @internal
 */
export function lookupKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/['\u2019]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
