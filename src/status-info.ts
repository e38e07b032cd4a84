import { statusCategory } from "./categories.js";
import { deepFreeze } from "./deep-freeze.js";
import type { KnownStatusCode } from "./generated/codes.js";
import { details } from "./generated/details.js";
import { phrases } from "./generated/phrases.js";
import { atCode, type TableByCode, tableByCode } from "./table-by-code.js";
import type { StatusCategory, StatusInfo } from "./types.js";

export { registryDate } from "./generated/details.js";

/**
 * Every status code statuskit knows, ordered by code: the IANA-registered ones
 * plus 509. Deeply frozen, built on the first call (so that importing
 * statuskit stays cheap) and the same array on every call after it.
 *
 * @example
 * ```ts
 * import { allStatuses } from "statuskit";
 * allStatuses().filter((status) => status.retryable).map((status) => status.code);
 * // [408, 421, 425, 429, 502, 503, 504, 507]
 * ```
 */
export function allStatuses(): readonly StatusInfo[] {
  infos ??= buildAllStatuses();
  return infos;
}

// Both built on first use, never written to after; the infos are frozen.
let infos: readonly StatusInfo[] | undefined;
let byCode: TableByCode<StatusInfo> | undefined;

function buildAllStatuses(): readonly StatusInfo[] {
  return deepFreeze(
    details().map(
      ({ code, constant, aliases, ...facts }): StatusInfo => ({
        code,
        phrase: phrases[code],
        constant,
        aliases,
        category: statusCategory(code) as StatusCategory,
        // the facts, in the order scripts/generate.ts writes each row
        ...facts,
      }),
    ),
  );
}

function indexByCode(list: readonly StatusInfo[]): TableByCode<StatusInfo> {
  return tableByCode(Object.fromEntries(list.map((info) => [info.code, info])));
}

/**
 * Everything statuskit knows about a status code (phrase, constant name,
 * class, description, spec section, standing and the facts: cacheable,
 * content, headers, redirect, retryable), or `undefined` for a code it does
 * not know. The result is deeply frozen.
 *
 * Never throws: any input that is not a known code gives `undefined`, and no
 * input reaches a prototype member. For a literal code the phrase, constant
 * and category have literal types.
 *
 * @example
 * ```ts
 * import { statusInfo } from "statuskit";
 * statusInfo(429)?.retryable; // true
 * statusInfo(308)?.redirect; // "preserves-method"
 * statusInfo(404)?.spec?.url; // "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"
 * statusInfo(299); // undefined
 * ```
 */
export function statusInfo<Code extends KnownStatusCode>(code: Code): StatusInfo<Code>;
export function statusInfo(code: number): StatusInfo | undefined;
export function statusInfo(code: number): StatusInfo | undefined {
  byCode ??= indexByCode(allStatuses());
  return atCode(byCode, code);
}
