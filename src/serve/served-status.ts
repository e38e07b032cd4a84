import { statusInfo } from "../status-info.js";
import { unofficialStatusInfo } from "../unofficial/unofficial-status-info.js";

/** What the server needs to know of a code it answers with, from the registry or the unofficial list. */
export interface ServedStatus {
  readonly code: number;
  /** The status text: the registry's reason phrase, or the unofficial meaning's phrase. */
  readonly phrase: string;
  /** Whether the response may carry content (the registry's `content` fact; true for unofficial codes). */
  readonly content: boolean;
  /** The header fields the registry names for the code (none for unofficial codes). */
  readonly headers: readonly string[];
  /** Whether the phrase comes from the unofficial list. */
  readonly unofficial: boolean;
}

const cache = new Map<number, ServedStatus | undefined>();

/**
 * The status the server sends for `code`: a registered code as the registry
 * describes it; otherwise the first unofficial meaning (a registered meaning
 * always wins); `undefined` for a code neither knows.
 */
export function servedStatus(code: number): ServedStatus | undefined {
  if (cache.has(code)) return cache.get(code);
  const info = statusInfo(code);
  const unofficial = info === undefined ? unofficialStatusInfo(code)?.[0] : undefined;
  const served: ServedStatus | undefined = info
    ? { code, phrase: info.phrase, content: info.content, headers: info.headers, unofficial: false }
    : unofficial
      ? { code, phrase: unofficial.phrase, content: true, headers: [], unofficial: true }
      : undefined;
  cache.set(code, served);
  return served;
}
