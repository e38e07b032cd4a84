import type { StatusCategory, StatusInfo } from "../types.js";
import type { UnofficialStatus } from "../unofficial/types.js";
import type { CodeAnswer } from "./lookup.js";

/**
 * What `statuskit --json` prints for one code. A registered code gives
 * exactly `statusInfo(code)`; a code with unofficial meanings also carries
 * them in `unofficial` (and, when the registry lacks it, only `code`,
 * `category` and `unofficial`). So `"phrase" in entry` tells registered codes
 * from unofficial-only ones.
 */
export type JsonEntry =
  | StatusInfo
  | (StatusInfo & { readonly unofficial: readonly UnofficialStatus[] })
  | { readonly code: number; readonly category: StatusCategory; readonly unofficial: readonly UnofficialStatus[] };

/** The JSON entry for one answer; see {@link JsonEntry}. */
export function jsonEntry(answer: CodeAnswer): JsonEntry {
  if (answer.info === undefined) return { code: answer.code, category: answer.category, unofficial: answer.unofficial };
  return answer.unofficial.length === 0 ? answer.info : { ...answer.info, unofficial: answer.unofficial };
}

/** One entry as an object (null when one argument matched nothing), or several (or a class, a search, the table) as an array; two-space indented. */
export function formatJson(entries: JsonEntry | readonly JsonEntry[] | null): string {
  return JSON.stringify(entries, null, 2);
}
