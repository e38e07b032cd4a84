import type { UnofficialStatus } from "./types.js";
import { unofficialStatuses } from "./unofficial-statuses.js";

// Each code's meanings, in table order, built on first use. A Map, so that no
// input can reach a prototype member.
let byCode: ReadonlyMap<number, readonly UnofficialStatus[]> | undefined;

function groupByCode(): Map<number, readonly UnofficialStatus[]> {
  const map = new Map<number, UnofficialStatus[]>();
  for (const status of unofficialStatuses()) {
    const meanings = map.get(status.code);
    if (meanings === undefined) map.set(status.code, [status]);
    else meanings.push(status);
  }
  for (const meanings of map.values()) Object.freeze(meanings);
  return map;
}

/**
 * The unofficial meanings of a status code (a frozen array, since a code can
 * have more than one), or `undefined` when statuskit knows none. Registered
 * meanings are not included: ask `statusInfo` from `statuskit` for those.
 *
 * Never throws: any input that is not a number with a known unofficial
 * meaning gives `undefined`.
 *
 * @example
 * ```ts
 * import { unofficialStatusInfo } from "statuskit/unofficial";
 * unofficialStatusInfo(522)?.map((status) => status.phrase); // ["Connection Timed Out"]
 * unofficialStatusInfo(451)?.[0]?.origin; // "Microsoft Exchange ActiveSync (IIS)"
 * unofficialStatusInfo(404); // undefined
 * ```
 */
export function unofficialStatusInfo(code: number): readonly UnofficialStatus[] | undefined {
  if (typeof code !== "number") return undefined;
  byCode ??= groupByCode();
  return byCode.get(code);
}
