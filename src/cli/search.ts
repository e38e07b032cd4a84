import { foldedWords, type Meaning, meanings, stem } from "./catalogue.js";
import { editDistance } from "./edit-distance.js";

// Words too common to tell meanings apart: they score nothing on their own
// unless the query has nothing else, but they still complete a phrase or a
// search term ("not" in "not logged in", "too" in "upload too big").
const stopWords = new Set(
  (
    "a an and are as at be been but by can could do does for from has have i in is it its me my no not of on or " +
    "our so that the their this to too was we were what when why with you your"
  ).split(" "),
);

/** The longest query word compared letter by letter; longer ones can only match exactly. */
const longestComparedWord = 32;

/** How many typos a query word may carry: none for short words, where one typo makes another word. */
function typosAllowed(word: string): number {
  if (word.length > longestComparedWord) return 0;
  if (word.length >= 8) return 2;
  if (word.length >= 5) return 1;
  return 0;
}

/** How well one query word matches a list of words: 3 exact, 2 a prefix, 1 a typo, 0 not at all. */
function quality(word: string, candidates: readonly string[]): number {
  let best = 0;
  const typos = typosAllowed(word);
  for (const candidate of candidates) {
    if (candidate === word) return 3;
    if (word.length >= 3 && candidate.startsWith(word)) best = 2;
    else if (typos > 0 && best < 1 && editDistance(word, candidate, typos) <= typos) best = 1;
  }
  return best;
}

// How much a match in each part of a meaning counts.
const nameWeight = 6;
const originWeight = 10;
const termWeight = 8;
/** Per word of a name or search term that the query holds in full ("rate limit" in "rate limited by the api"). */
const wholeTermWeight = 10;

// Registered codes first, then unofficial ones by how well their origin is
// sourced; a registered code that its spec deprecates or reserves comes
// after one in use.
const trustFactor: Readonly<Record<Meaning["trust"], number>> = {
  registered: 1,
  high: 0.75,
  medium: 0.6,
  low: 0.3,
};

let documentFrequency: Map<string, number> | undefined;

/** How telling a description word is: high for a word few descriptions use ("captive"), low for "request". */
function rarity(word: string): number {
  if (documentFrequency === undefined) {
    documentFrequency = new Map();
    for (const meaning of meanings()) {
      for (const candidate of meaning.descriptionWords) {
        documentFrequency.set(candidate, (documentFrequency.get(candidate) ?? 0) + 1);
      }
    }
  }
  const count = meanings().length;
  return Math.log(1 + count / (documentFrequency.get(word) ?? 1)) / Math.log(1 + count);
}

interface Scored {
  readonly meaning: Meaning;
  readonly score: number;
  /** The lowest score of any query word: under 2 means some word only nearly matched a description. */
  readonly weakest: number;
  /** Whether the query holds one of the meaning's names or search terms whole ("csrf" for 403). */
  readonly whole: boolean;
}

function wholeTermBonus(terms: readonly (readonly string[])[], words: ReadonlySet<string>): number {
  let best = 0;
  for (const term of terms) {
    if (term.length > best && term.every((word) => words.has(word))) best = term.length;
  }
  return best * wholeTermWeight;
}

/** A query's words: those that score (`scored`) and every word, stop words too (`present`), for whole terms. */
interface Query {
  readonly scored: readonly string[];
  readonly present: ReadonlySet<string>;
}

function scoreMeaning(meaning: Meaning, query: Query): Scored {
  let score = 0;
  let weakest = Number.POSITIVE_INFINITY;
  for (const word of query.scored) {
    let best = 0;
    if (word === String(meaning.code)) best = 30;
    else {
      best = Math.max(
        nameWeight * quality(word, meaning.nameWords),
        originWeight * quality(word, meaning.originWords),
        termWeight * quality(word, meaning.termWords),
      );
      const inDescription = quality(word, meaning.descriptionWords);
      if (best === 0 && inDescription > 0) {
        // Scaled so that even the rarest description word counts less than a name.
        const matched = meaning.descriptionWords.find((candidate) => candidate === word || candidate.startsWith(word));
        best = inDescription * 1.5 * rarity(matched ?? word);
      }
    }
    score += best;
    weakest = Math.min(weakest, best);
  }
  const { present } = query;
  const bonus = Math.max(
    wholeTermBonus(meaning.terms, present),
    wholeTermBonus(
      meaning.names.map((name) => name.split(" ").map(stem)),
      present,
    ),
  );
  const standing = meaning.info !== undefined && meaning.info.standing !== "standard" ? 0.9 : 1;
  return { meaning, score: (score + bonus) * trustFactor[meaning.trust] * standing, weakest, whole: bonus > 0 };
}

/** The folded, stemmed words of a query: those that score (without stop words, unless that leaves none) and all. */
function queryWords(text: string): Query {
  const words = foldedWords(text);
  const meaningful = words.filter((word) => !stopWords.has(word));
  return {
    scored: [...new Set((meaningful.length > 0 ? meaningful : words).map(stem))],
    present: new Set(words.map(stem)),
  };
}

/** The most meanings a search offers: about a screen of rows. */
const mostResults = 20;

/** The longest query that search reads; beyond it, text is not a description of a situation. */
export const longestQuery = 256;

/**
 * The meanings (registered and unofficial) whose phrase, constant name,
 * search words or description match `text`, best first: registered codes
 * before unofficial ones (a registered code whose name or search term the
 * query holds whole, scoring at least three quarters of the best, comes
 * first), and unofficial ones by the confidence
 * in their origin. Case does not matter, endings are ignored ("throttled",
 * "throttling") and a long word may carry a typo. Results far weaker than
 * the best are left out, and at most {@link mostResults} are given. Text
 * longer than {@link longestQuery} finds nothing.
 *
 * @example
 * ```ts
 * search("too many requests")[0]?.code; // 429
 * search("gatway timeout")[0]?.code; // 504
 * search("rate limited")[0]?.code; // 429
 * ```
 */
export function search(text: string): Meaning[] {
  return rank(text)
    .slice(0, mostResults)
    .map((result) => result.meaning);
}

function rank(text: string): Scored[] {
  if (text.length > longestQuery) return [];
  const query = queryWords(text);
  if (query.scored.length === 0) return [];
  const scored = meanings()
    .map((meaning) => scoreMeaning(meaning, query))
    .filter((result) => result.score > 0)
    .sort((a, b) => b.score - a.score || a.meaning.code - b.meaning.code);
  const best = scored[0]?.score ?? 0;
  // A registered code that fits, one whose name or search term the query
  // holds whole and that scores near the best, comes before every unofficial
  // one: the table's own word for a situation ("csrf" for 403) can score a
  // little below a vendor's wording of it (Laravel's 419), and a reader
  // should meet the standard's answer first. A query that names the vendor
  // ("... in laravel") lifts the unofficial one past the threshold.
  const fits = (result: Scored) =>
    result.meaning.trust === "registered" && result.whole && result.score >= best * registeredFit;
  return [...scored.filter(fits), ...scored.filter((result) => !fits(result) && result.score >= best / 4)];
}

/** How near the best score a registered code must come to go before every unofficial one. */
const registeredFit = 3 / 4;

/** Orders a registered meaning before an unofficial one, and leaves two of a kind as they are. */
const unofficialLast = (a: Meaning, b: Meaning): number =>
  Number(a.trust !== "registered") - Number(b.trust !== "registered");

/**
 * Up to three meanings to offer for input that matched nothing ("did you
 * mean ..."): those whose whole name the input holds ("unauthorized access"
 * holds 401's), then names within a few typos of the input, else the best
 * search results; registered before unofficial where they tie, and as
 * {@link search} ranks them.
 */
export function suggestions(input: string): Meaning[] {
  const key = foldedWords(input).join(" ");
  // A key this long is not a mistyped name; comparing it would only waste time.
  if (key === "" || key.length > 64) return [];
  const words = new Set(key.split(" "));
  // The meanings whose whole name the input holds, the longest name first:
  // "not found!" holds 404's "not found" before 302's "found".
  const heldWords = (meaning: Meaning) =>
    Math.max(
      0,
      ...meaning.names
        .map((name) => name.split(" "))
        .filter((nameWords) => nameWords.every((word) => words.has(word)))
        .map((nameWords) => nameWords.length),
    );
  const held = meanings()
    .filter((meaning) => heldWords(meaning) > 0)
    .sort((a, b) => heldWords(b) - heldWords(a) || unofficialLast(a, b));
  // A constant name is compared without its HTTP_NNN_ prefix, as the names are.
  const bare = key.replace(/^http \d{3} /, "");
  const limit = Math.max(1, Math.floor(bare.length / 4));
  const close = meanings()
    .map((meaning) => ({
      meaning,
      distance: Math.min(...meaning.names.map((name) => editDistance(bare, name, limit))),
    }))
    .filter((result) => result.distance <= limit)
    .sort((a, b) => a.distance - b.distance || unofficialLast(a.meaning, b.meaning) || a.meaning.code - b.meaning.code)
    .map((result) => result.meaning);
  // A word that only nearly matches a description ("tostring" and "hosting")
  // is too weak a reason to offer a code.
  const offered =
    close.length > 0
      ? close
      : rank(input)
          .filter((result) => result.weakest >= 2)
          .map((result) => result.meaning);
  return [...new Set([...held, ...offered])].slice(0, 3);
}
