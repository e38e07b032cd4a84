import type { StatusCategory, StatusInfo } from "../types.js";
import type { Confidence, UnofficialStatus } from "../unofficial/types.js";
import type { CodeAnswer } from "./lookup.js";

/**
 * An unofficial meaning as `--json` prints it: the `UnofficialStatus` fields,
 * without `note` when it has none.
 */
export type JsonUnofficial = Omit<UnofficialStatus, "note"> & { readonly note?: string };

/**
 * What `statuskit --json` prints for one code. A registered code gives
 * exactly `statusInfo(code)`; a code with unofficial meanings also carries
 * them in `unofficial` (and, when the registry lacks it, only `code`,
 * `category` and `unofficial`). So `"phrase" in entry` tells registered codes
 * from unofficial-only ones. A table row that no standard registers (509)
 * adds its `origin` and `confidence`.
 */
export type JsonEntry =
  | StatusInfo
  | (StatusInfo & { readonly origin: string; readonly confidence: Confidence })
  | (StatusInfo & { readonly unofficial: readonly JsonUnofficial[] })
  | { readonly code: number; readonly category: StatusCategory; readonly unofficial: readonly JsonUnofficial[] };

/** An unofficial meaning without its empty fields. */
function jsonUnofficial(status: UnofficialStatus): JsonUnofficial {
  if (status.note !== "") return status;
  const { note: _empty, ...rest } = status;
  return rest;
}

/** The JSON entry for one answer; see {@link JsonEntry}. */
export function jsonEntry(answer: CodeAnswer): JsonEntry {
  const unofficial = answer.unofficial.map(jsonUnofficial);
  if (answer.info === undefined) return { code: answer.code, category: answer.category, unofficial };
  const registered =
    answer.origin === undefined
      ? answer.info
      : { ...answer.info, origin: answer.origin.origin, confidence: answer.origin.confidence };
  return unofficial.length === 0 ? registered : { ...registered, unofficial };
}

/** Any JSON value, two-space indented, as every `--json` output is. */
export function formatJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
