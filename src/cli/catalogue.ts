import { searchWords } from "../generated/search-words.js";
import { lookupKey } from "../lookup-key.js";
import { allStatuses, statusInfo } from "../status-info.js";
import type { StatusInfo } from "../types.js";
import type { Confidence, UnofficialStatus } from "../unofficial/types.js";
import { unofficialStatusInfo } from "../unofficial/unofficial-status-info.js";
import { unofficialStatuses } from "../unofficial/unofficial-statuses.js";

/**
 * The unofficial entry that describes a registry row whose standing is
 * `"unofficial"`: 509 is in the registry table because DRF names it, and the
 * unofficial table gives the same meaning its origin and confidence. The one
 * place that joins the two, so the CLI shows 509 once, with its origin.
 */
export function originOfRow(info: StatusInfo | undefined): UnofficialStatus | undefined {
  if (info === undefined || info.standing !== "unofficial") return undefined;
  return unofficialStatusInfo(info.code)?.find((status) => status.phrase === info.phrase);
}

/** The unofficial meanings of `code` that are not a registry row's own meaning (see {@link originOfRow}). */
export function otherMeanings(code: number): readonly UnofficialStatus[] {
  const source = originOfRow(statusInfo(code));
  return (unofficialStatusInfo(code) ?? []).filter((status) => status !== source);
}

/** A word folded for comparison: lower case, and a plural or verb ending removed ("throttled" and "throttling" meet). */
export function stem(word: string): string {
  let stemmed = word;
  if (stemmed.length > 4) {
    const ending = ["ing", "ed", "es", "s", "e"].find((suffix) => stemmed.endsWith(suffix));
    if (ending !== undefined) stemmed = stemmed.slice(0, -ending.length);
    // "logged" and "log", "stopped" and "stop".
    const last = stemmed.at(-1);
    if (last !== undefined && last === stemmed.at(-2) && !"aeiou".includes(last)) stemmed = stemmed.slice(0, -1);
  }
  return stemmed;
}

/**
 * The words of `text` as search compares them: lower case, apostrophes
 * dropped ("I'm" is "im"), split at every run of anything but a letter or a
 * digit, so punctuation never sticks to a word ("time;", "limited!").
 */
export const foldedWords = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/['\u2019]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");

/** The folded, stemmed words of `text`. */
export const stemmedWords = (text: string): string[] => foldedWords(text).map(stem);

/**
 * One meaning the CLI can show: a registered status (`info`) or an
 * unofficial one (`unofficial`), with the folded words that search and
 * suggestions compare against.
 */
export interface Meaning {
  readonly code: number;
  readonly phrase: string;
  readonly info?: StatusInfo | undefined;
  /** The unofficial meaning, or for a registry row that is itself unofficial (509), where it comes from. */
  readonly unofficial?: UnofficialStatus | undefined;
  /** How far to trust it: `"registered"` for a registry row with a spec, else its confidence. */
  readonly trust: "registered" | Confidence;
  /** The folded phrase and constant names (without `HTTP_NNN_`), e.g. `"im a teapot"`. */
  readonly names: readonly string[];
  /** The stemmed words of the phrase and names. */
  readonly nameWords: readonly string[];
  /** The stemmed words of each of the table's search words ("rate limited" is `["rate", "limit"]`). */
  readonly terms: readonly (readonly string[])[];
  /** Every word of {@link terms}, once. */
  readonly termWords: readonly string[];
  /** The stemmed words of an unofficial meaning's origin ("nginx", "cloudflare"). */
  readonly originWords: readonly string[];
  /** The stemmed words of the description. */
  readonly descriptionWords: readonly string[];
}

const bareName = (constant: string): string => lookupKey(constant.replace(/^HTTP_\d{3}_/, ""));
const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

interface Parts {
  readonly info?: StatusInfo | undefined;
  readonly unofficial?: UnofficialStatus | undefined;
  readonly trust: Meaning["trust"];
  readonly terms: readonly string[];
}

function meaning(code: number, phrase: string, names: string[], description: string, parts: Parts): Meaning {
  const folded = unique(names.filter((name) => name !== ""));
  const terms = parts.terms.map(stemmedWords);
  return {
    code,
    phrase,
    info: parts.info,
    unofficial: parts.unofficial,
    trust: parts.trust,
    names: folded,
    nameWords: unique(folded.flatMap(stemmedWords)),
    terms,
    termWords: unique(terms.flat()),
    originWords: parts.unofficial === undefined ? [] : unique(stemmedWords(parts.unofficial.origin)),
    descriptionWords: unique(stemmedWords(description)),
  };
}

let built: readonly Meaning[] | undefined;

/**
 * Every meaning, registered ones first within a code, ordered by code; 509
 * once, as its registry row. Built on first use, not at start-up:
 * `statuskit 404` never needs it, and folding every description is most of
 * the CLI's own start-up cost.
 */
export function meanings(): readonly Meaning[] {
  if (built !== undefined) return built;
  const words = new Map(searchWords);
  const registered = allStatuses().map((info) => {
    const source = originOfRow(info);
    return meaning(
      info.code,
      info.phrase,
      [lookupKey(info.phrase), bareName(info.constant), ...info.aliases.map(bareName)],
      info.description,
      { info, unofficial: source, trust: source?.confidence ?? "registered", terms: words.get(info.code) ?? [] },
    );
  });
  const restated = new Set(registered.map((entry) => entry.unofficial));
  const unofficial = unofficialStatuses()
    .filter((status) => !restated.has(status))
    .map((status) =>
      meaning(status.code, status.phrase, [lookupKey(status.phrase)], status.description, {
        unofficial: status,
        trust: status.confidence,
        terms: [],
      }),
    );
  built = [...registered, ...unofficial].sort(
    (a, b) => a.code - b.code || Number(a.info === undefined) - Number(b.info === undefined),
  );
  return built;
}
