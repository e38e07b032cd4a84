import { lookupKey } from "../lookup-key.js";
import { allStatuses } from "../status-info.js";
import type { StatusInfo } from "../types.js";
import type { UnofficialStatus } from "../unofficial/types.js";
import { unofficialStatuses } from "../unofficial/unofficial-statuses.js";

/**
 * One meaning the CLI can show: a registered status (`info`) or an
 * unofficial one (`unofficial`), with the folded words that search and
 * suggestions compare against.
 */
export interface Meaning {
  readonly code: number;
  readonly phrase: string;
  readonly info?: StatusInfo;
  readonly unofficial?: UnofficialStatus;
  /** The folded phrase and constant names (without `HTTP_NNN_`), e.g. `"im a teapot"`. */
  readonly names: readonly string[];
  /** The folded words of the phrase and names. */
  readonly nameWords: readonly string[];
  /** The folded words of an unofficial meaning's origin ("nginx", "cloudflare"). */
  readonly originWords: readonly string[];
  /** The folded words of the description. */
  readonly descriptionWords: readonly string[];
}

const bareName = (constant: string): string => lookupKey(constant.replace(/^HTTP_\d{3}_/, ""));

function meaning(code: number, phrase: string, names: string[], description: string, extra: Partial<Meaning>): Meaning {
  const unique = [...new Set(names.filter((name) => name !== ""))];
  return {
    code,
    phrase,
    ...extra,
    names: unique,
    nameWords: [...new Set(unique.flatMap((name) => name.split(" ")))],
    originWords: extra.unofficial === undefined ? [] : [...new Set(lookupKey(extra.unofficial.origin).split(" "))],
    descriptionWords: [...new Set(lookupKey(description).split(" "))],
  };
}

let built: readonly Meaning[] | undefined;

/**
 * Every meaning, registered ones first within a code, ordered by code. Built
 * on first use, not at start-up: `statuskit 404` never needs it, and folding
 * every description is most of the CLI's own start-up cost.
 */
export function meanings(): readonly Meaning[] {
  built ??= [
    ...allStatuses.map((info) =>
      meaning(
        info.code,
        info.phrase,
        [lookupKey(info.phrase), bareName(info.constant), ...info.aliases.map(bareName)],
        info.description,
        { info },
      ),
    ),
    ...unofficialStatuses.map((unofficial) =>
      meaning(unofficial.code, unofficial.phrase, [lookupKey(unofficial.phrase)], unofficial.description, {
        unofficial,
      }),
    ),
  ].sort((a, b) => a.code - b.code || Number(a.info === undefined) - Number(b.info === undefined));
  return built;
}
