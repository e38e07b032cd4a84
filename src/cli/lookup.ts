import { statusCategory } from "../categories.js";
import { lookupKey } from "../lookup-key.js";
import { statusCodeFor } from "../status-code-for.js";
import { allStatuses, statusInfo } from "../status-info.js";
import type { StatusCategory, StatusInfo } from "../types.js";
import type { UnofficialStatus } from "../unofficial/types.js";
import { unofficialStatusInfo } from "../unofficial/unofficial-status-info.js";
import { unofficialStatuses } from "../unofficial/unofficial-statuses.js";
import { suggestions } from "./search.js";
import { quoteInput } from "./text.js";

/** Everything the CLI shows for one code: its registered meaning, its unofficial ones, or both. */
export interface CodeAnswer {
  readonly kind: "code";
  readonly code: number;
  readonly category: StatusCategory;
  readonly info: StatusInfo | undefined;
  readonly unofficial: readonly UnofficialStatus[];
}

/** Every code of one class (`4xx`), registered or unofficial. */
export interface ClassAnswer {
  readonly kind: "class";
  readonly digit: number;
  readonly codes: readonly CodeAnswer[];
}

/** Input that named nothing: the one-line message for stderr. */
export interface MissingAnswer {
  readonly kind: "missing";
  readonly message: string;
}

export type Answer = CodeAnswer | ClassAnswer | MissingAnswer;

/** The answer for a code, or `undefined` when it has no meaning, registered or unofficial. */
export function codeAnswer(code: number): CodeAnswer | undefined {
  const category = statusCategory(code);
  const info = statusInfo(code);
  // 509 is in the registry table already (standing "unofficial", kept for
  // DRF); its row in the unofficial table says the same thing again.
  const unofficial = (unofficialStatusInfo(code) ?? []).filter(
    (status) => !(info?.standing === "unofficial" && status.phrase === info.phrase),
  );
  if (category === undefined || (info === undefined && unofficial.length === 0)) return undefined;
  return { kind: "code", code, category, info, unofficial };
}

/** Every code with a meaning, ordered, optionally only those of one class (first digit). */
export function codeAnswers(digit?: number): CodeAnswer[] {
  const codes = [
    ...new Set([...allStatuses.map((info) => info.code), ...unofficialStatuses.map((status) => status.code)]),
  ].sort((a, b) => a - b);
  return codes
    .filter((code) => digit === undefined || Math.floor(code / 100) === digit)
    .map((code) => codeAnswer(code) as CodeAnswer);
}

const classNames: Readonly<Record<number, string>> = {
  1: "1xx Informational",
  2: "2xx Success",
  3: "3xx Redirection",
  4: "4xx Client Error",
  5: "5xx Server Error",
};

/** The class's name as RFC 9110 gives it, with its digit: "4xx Client Error". */
export function className(digit: number): string {
  return classNames[digit] ?? `${digit}xx`;
}

const unofficialByPhrase: ReadonlyMap<string, number> = new Map(
  unofficialStatuses.map((status) => [lookupKey(status.phrase), status.code]),
);

function didYouMean(input: string): string {
  const offered = [...new Set(suggestions(input).map((meaning) => `${meaning.code} ${meaning.phrase}`))];
  return offered.length > 0 ? `; did you mean ${offered.join(", ")}?` : "";
}

const notACode = (input: string): string =>
  `${quoteInput(input)} is not a status code: codes are three-digit numbers from 100 to 599`;

const numberLike = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * What one command-line argument names, tried in this order: a class
 * (`4xx`), a number, a registered phrase or constant name (`statusCodeFor`),
 * an unofficial phrase. Anything else is missing, with suggestions.
 */
export function lookup(input: string): Answer {
  const text = input.trim();
  const classMatch = /^([1-5])xx$/i.exec(text);
  if (classMatch !== null) {
    const digit = Number(classMatch[1]);
    return { kind: "class", digit, codes: codeAnswers(digit) };
  }
  if (/^\d+$/.test(text)) {
    const code = Number(text);
    if (text.length !== 3 || statusCategory(code) === undefined) {
      return { kind: "missing", message: notACode(input) };
    }
    return (
      codeAnswer(code) ?? {
        kind: "missing",
        message: `${code} is in the ${className(Math.floor(code / 100))} class, but no status is registered as ${code}`,
      }
    );
  }
  const code = statusCodeFor(text) ?? unofficialByPhrase.get(lookupKey(text));
  if (code !== undefined) return codeAnswer(code) as CodeAnswer;
  if (numberLike.test(text)) {
    return { kind: "missing", message: notACode(input) };
  }
  return { kind: "missing", message: `no status code or name matches ${quoteInput(input)}${didYouMean(text)}` };
}
