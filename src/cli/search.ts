import { lookupKey } from "../lookup-key.js";
import { type Meaning, meanings } from "./catalogue.js";
import { editDistance } from "./edit-distance.js";

// Words too common to tell meanings apart; dropped from a query unless it
// has nothing else.
const stopWords = new Set(["a", "an", "and", "are", "be", "for", "in", "is", "it", "of", "on", "or", "the", "to"]);

/** How many typos a query word may carry: none for short words, where one typo makes another word. */
function typosAllowed(word: string): number {
  if (word.length >= 8) return 2;
  if (word.length >= 4) return 1;
  return 0;
}

/** How well one query word matches a list of words: exact, prefix, typo, or 0. */
function wordScore(word: string, candidates: readonly string[], weight: number): number {
  let best = 0;
  const typos = typosAllowed(word);
  for (const candidate of candidates) {
    if (candidate === word) return 3 * weight;
    if (word.length >= 3 && candidate.startsWith(word)) best = Math.max(best, 2 * weight);
    else if (typos > 0 && best < weight && editDistance(word, candidate, typos) <= typos) best = weight;
  }
  return best;
}

interface Scored {
  readonly meaning: Meaning;
  readonly matched: number;
  readonly score: number;
  /** The lowest score of any query word: 1 means some word only nearly matched a description. */
  readonly weakest: number;
}

function scoreMeaning(meaning: Meaning, words: readonly string[]): Scored {
  let matched = 0;
  let score = 0;
  let weakest = Number.POSITIVE_INFINITY;
  for (const word of words) {
    const best =
      word === String(meaning.code)
        ? 30
        : Math.max(
            wordScore(word, meaning.nameWords, 10),
            wordScore(word, meaning.originWords, 10),
            wordScore(word, meaning.descriptionWords, 1),
          );
    if (best > 0) matched++;
    score += best;
    weakest = Math.min(weakest, best);
  }
  return { meaning, matched, score, weakest };
}

/** The folded words of a query, without stop words (unless that leaves none). */
export function queryWords(text: string): string[] {
  const words = lookupKey(text)
    .split(" ")
    .filter((word) => word !== "");
  const meaningful = words.filter((word) => !stopWords.has(word));
  return meaningful.length > 0 ? meaningful : words;
}

/**
 * The meanings (registered and unofficial) whose phrase, constant name or
 * description match `text`, best first. Case does not matter and a word may
 * carry a typo. Meanings that match every word come first; when none does,
 * those that match the most words are returned instead, at most `limit`.
 *
 * @example
 * ```ts
 * search("too many requests")[0]?.code; // 429
 * search("gatway timeout")[0]?.code; // 504
 * ```
 */
export function search(text: string, limit = 20): Meaning[] {
  return rank(text)
    .slice(0, limit)
    .map((result) => result.meaning);
}

function rank(text: string): Scored[] {
  const words = queryWords(text);
  if (words.length === 0) return [];
  const scored = meanings()
    .map((meaning) => scoreMeaning(meaning, words))
    .filter((result) => result.matched > 0);
  const most = Math.max(0, ...scored.map((result) => result.matched));
  return scored
    .filter((result) => result.matched === most)
    .sort((a, b) => b.score - a.score || a.meaning.code - b.meaning.code);
}

/**
 * Up to three meanings to offer for input that matched nothing ("did you
 * mean ..."): names within a few typos of the input first, else the best
 * search results.
 */
export function suggestions(input: string): Meaning[] {
  const key = lookupKey(input);
  // A key this long is not a mistyped name; searching it would only waste time.
  if (key === "" || key.length > 64) return [];
  const close = meanings()
    .map((meaning) => {
      const limit = Math.max(1, Math.floor(key.length / 4));
      const distance = Math.min(...meaning.names.map((name) => editDistance(key, name, limit)));
      return { meaning, distance, limit };
    })
    .filter((result) => result.distance <= result.limit)
    .sort((a, b) => a.distance - b.distance || a.meaning.code - b.meaning.code)
    .map((result) => result.meaning);
  // A word that only nearly matches a description ("tostring" and "hosting")
  // is too weak a reason to offer a code.
  const offered =
    close.length > 0
      ? close
      : rank(input)
          .filter((result) => result.weakest >= 2)
          .map((result) => result.meaning);
  // 509 is both a registered row and an unofficial one, with one phrase.
  const seen = new Set<string>();
  return offered
    .filter((meaning) => {
      const label = `${meaning.code} ${meaning.phrase}`;
      if (seen.has(label)) return false;
      seen.add(label);
      return true;
    })
    .slice(0, 3);
}
