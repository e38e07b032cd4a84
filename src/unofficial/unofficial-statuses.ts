import { statusCategory } from "../categories.js";
import { deepFreeze } from "../deep-freeze.js";
import { unofficialRows } from "../generated/unofficial-statuses.js";
import type { StatusCategory } from "../types.js";
import type { UnofficialStatus } from "./types.js";

/**
 * Unofficial status codes seen in the wild (nginx, Cloudflare, AWS Elastic
 * Load Balancing, IIS and Exchange, Laravel, ...), one entry per meaning and
 * ordered by code; a code may have several meanings. None of these is in
 * the IANA registry, and none leaks into the main `statuskit` lookups:
 * `reasonPhrase(499)` stays `undefined`. Deeply frozen, built on the first
 * call and the same array on every call after it.
 *
 * @example
 * ```ts
 * import { unofficialStatuses } from "statuskit/unofficial";
 * unofficialStatuses().filter((status) => status.origin === "Cloudflare").map((status) => status.code);
 * // [520, 521, 522, 523, 524, 525, 526, 530]
 * ```
 */
export function unofficialStatuses(): readonly UnofficialStatus[] {
  built ??= deepFreeze(
    unofficialRows.map(
      ({ code, phrase, ...rest }): UnofficialStatus => ({
        code,
        phrase,
        category: statusCategory(code) as StatusCategory,
        ...rest,
      }),
    ),
  );
  return built;
}

// Built on first use and never written to after.
let built: readonly UnofficialStatus[] | undefined;
