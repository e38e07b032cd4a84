import type { KnownStatusCode } from "./generated/codes.js";
import { phrases, type ReasonPhrases } from "./generated/phrases.js";

/**
 * The reason phrase of a status code, as registered with IANA in RFC 9110's
 * wording (`413` is "Content Too Large", `422` "Unprocessable Content"), or
 * `undefined` for a code statuskit does not know. For a known literal code the
 * result has the phrase's literal type.
 *
 * Never throws: any input that is not a known code gives `undefined`.
 *
 * @see {@link https://www.iana.org/assignments/http-status-codes | IANA HTTP Status Code Registry}
 * @example
 * ```ts
 * import { reasonPhrase } from "statuskit";
 * reasonPhrase(404); // "Not Found"
 * reasonPhrase(422); // "Unprocessable Content"
 * reasonPhrase(299); // undefined
 * ```
 */
export function reasonPhrase<Code extends KnownStatusCode>(code: Code): ReasonPhrases[Code];
export function reasonPhrase(code: number): string | undefined;
export function reasonPhrase(code: number): string | undefined {
  // Only numbers index the table: a number's property key ("404", "NaN",
  // "0.5") can never name a prototype member.
  return typeof code === "number" ? (phrases as unknown as Record<number, string | undefined>)[code] : undefined;
}
