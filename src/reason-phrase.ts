import type { KnownStatusCode } from "./generated/codes.js";
import { phrases, type ReasonPhrases } from "./generated/phrases.js";
import { atCode, type TableByCode, tableByCode } from "./table-by-code.js";

// Built on first use: importing statuskit builds nothing it may never read.
let phraseTable: TableByCode<string> | undefined;

/**
 * The reason phrase of a status code, as registered with IANA in RFC 9110's
 * wording (`413` is "Content Too Large", `422` "Unprocessable Content"), or
 * `undefined` for a code statuskit does not know. For a known literal code the
 * result has the phrase's literal type.
 *
 * Never throws: any input that is not a known code gives `undefined`, and no
 * input reaches a prototype member, even after `Object.prototype` has been
 * polluted.
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
  phraseTable ??= tableByCode(phrases);
  return atCode(phraseTable, code);
}
