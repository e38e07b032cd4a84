import { reasonPhrase } from "../reason-phrase.js";
import { isStatusCode } from "../status-code.js";

/** A status as a failure message names it: `422 Unprocessable Content`, or the number alone for a code with no phrase. */
export function statusText(status: unknown): string {
  if (!isStatusCode(status)) {
    return `a status that is not a status code (${typeof status === "number" ? status : typeof status})`;
  }
  const phrase = reasonPhrase(status);
  return phrase === undefined ? String(status) : `${status} ${phrase}`;
}
