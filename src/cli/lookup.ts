import { statusCategory } from "../categories.js";
import { isDigitAt } from "../http-syntax.js";
import { lookupKey, trimAsciiWhiteSpace } from "../lookup-key.js";
import { statusCodeFor } from "../status-code-for.js";
import { allStatuses, statusInfo } from "../status-info.js";
import { readStatusLine } from "../status-line.js";
import type { StatusCategory, StatusInfo } from "../types.js";
import type { UnofficialStatus } from "../unofficial/types.js";
import { unofficialStatuses } from "../unofficial/unofficial-statuses.js";
import { originOfRow, otherMeanings } from "./catalogue.js";
import { suggestions } from "./search.js";
import { quoteInput } from "./text.js";

/** Everything the CLI shows for one code: its registered meaning, its unofficial ones, or both. */
export interface CodeAnswer {
  readonly kind: "code";
  readonly code: number;
  readonly category: StatusCategory;
  readonly info: StatusInfo | undefined;
  /** For a registry row that no standard registers (509), the entry naming its origin and confidence. */
  readonly origin: UnofficialStatus | undefined;
  /** Unofficial meanings other than the registry row's own. */
  readonly unofficial: readonly UnofficialStatus[];
  /** The reason phrase a status line carried, when it is none of the code's own ("File Not Found" for 404). */
  readonly sentAs?: string | undefined;
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
  const unofficial = otherMeanings(code);
  if (category === undefined || (info === undefined && unofficial.length === 0)) return undefined;
  return { kind: "code", code, category, info, origin: originOfRow(info), unofficial };
}

/** Every code with a meaning, ordered, optionally only those of one class (first digit). */
export function codeAnswers(digit?: number): CodeAnswer[] {
  const codes = [
    ...new Set([...allStatuses().map((info) => info.code), ...unofficialStatuses().map((status) => status.code)]),
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

let unofficialByPhrase: ReadonlyMap<string, number> | undefined;

function unofficialCodeFor(text: string): number | undefined {
  unofficialByPhrase ??= new Map(unofficialStatuses().map((status) => [lookupKey(status.phrase), status.code]));
  return unofficialByPhrase.get(lookupKey(text));
}

function didYouMean(input: string): string {
  const offered = [...new Set(suggestions(input).map((meaning) => `${meaning.code} ${meaning.phrase}`))];
  return offered.length > 0 ? `; did you mean ${offered.join(", ")}?` : "";
}

const notACode = (input: string): string =>
  `${quoteInput(input)} is not a status code: codes are three-digit numbers from 100 to 599`;

/**
 * Whether `text` reads as a number that is not a status code ("1e3",
 * "404.0", "-1", ".5"): sign, digits, a point, digits, an exponent. Read one
 * character at a time, so it takes time linear in the text whatever it holds.
 */
export function isNumberLike(text: string): boolean {
  let at = 0;
  const digits = (): number => {
    const start = at;
    while (isDigitAt(text, at)) at++;
    return at - start;
  };
  if (text[at] === "+" || text[at] === "-") at++;
  let count = digits();
  if (text[at] === ".") {
    at++;
    count += digits();
  }
  if (count === 0) return false;
  if (text[at] === "e" || text[at] === "E") {
    at++;
    if (text[at] === "+" || text[at] === "-") at++;
    if (digits() === 0) return false;
  }
  return at === text.length;
}

/**
 * The longest argument statuskit reads as a code, name or phrase. The
 * longest phrase is far shorter; longer text is answered at once as naming
 * nothing, so that no input costs more than reading it.
 */
export const longestInput = 256;

/** The phrase a status line carried when it is none of the answer's own, so that the answer can show it. */
function sentAs(answer: CodeAnswer, phrase: string): string | undefined {
  if (phrase === "") return undefined;
  const key = lookupKey(phrase);
  const own = [answer.info?.phrase, ...answer.unofficial.map((status) => status.phrase)];
  return own.some((name) => name !== undefined && lookupKey(name) === key) ? undefined : phrase;
}

/** The code or class `text` names, or `undefined`: {@link lookup} without the message and suggestions. */
export function identify(text: string): CodeAnswer | ClassAnswer | undefined {
  if (text.length > longestInput) return undefined;
  const trimmed = trimAsciiWhiteSpace(text);
  const classMatch = /^([1-5])xx$/i.exec(trimmed);
  if (classMatch !== null) {
    const digit = Number(classMatch[1]);
    return { kind: "class", digit, codes: codeAnswers(digit) };
  }
  if (/^\d+$/.test(trimmed)) return trimmed.length === 3 ? codeAnswer(Number(trimmed)) : undefined;
  // A status line: the digits decide, and a phrase of the server's own is shown beside the standard one.
  const line = readStatusLine(trimmed);
  if (line !== undefined) {
    const answer = codeAnswer(line.code);
    if (answer === undefined) return undefined;
    const sent = sentAs(answer, line.phrase);
    return sent === undefined ? answer : { ...answer, sentAs: sent };
  }
  const code = statusCodeFor(trimmed) ?? unofficialCodeFor(trimmed) ?? unofficialStatusLine(trimmed);
  return code === undefined ? undefined : codeAnswer(code);
}

/**
 * What one piece of text names, tried in this order: a class (`4xx`), a
 * number, a registered phrase, constant name or status line
 * (`statusCodeFor`), an unofficial phrase or status line. Anything else is
 * missing, with a one-line message and, when `suggest`, suggestions.
 */
export function lookup(input: string, suggest = true): Answer {
  const found = identify(input);
  if (found !== undefined) return found;
  if (input.length > longestInput) {
    return {
      kind: "missing",
      message: `${quoteInput(input)} is too long to be a status code, name or phrase (at most ${longestInput} characters)`,
    };
  }
  const text = trimAsciiWhiteSpace(input);
  const digits = readStatusLine(text)?.code ?? (/^\d+$/.test(text) && text.length === 3 ? Number(text) : undefined);
  if (digits !== undefined && statusCategory(digits) !== undefined) {
    const code = digits;
    return {
      kind: "missing",
      message: `${code} is in the ${className(Math.floor(code / 100))} class, but no status is registered as ${code}`,
    };
  }
  if (isNumberLike(text)) return { kind: "missing", message: notACode(input) };
  return {
    kind: "missing",
    message: `no status code or name matches ${quoteInput(input)}${suggest ? didYouMean(text) : ""}`,
  };
}

/** An unofficial code with its own phrase, as a log shows it: "499 Client Closed Request". */
function unofficialStatusLine(text: string): number | undefined {
  if (!/^\d{3} /.test(text.slice(0, 4))) return undefined;
  const code = Number(text.slice(0, 3));
  return unofficialCodeFor(text.slice(4)) === code ? code : undefined;
}

/** One answer and the words it answers. */
export interface Reading {
  /** The arguments it stands for, joined by spaces. */
  readonly input: string;
  readonly answer: Answer;
}

let longestPhrase: number | undefined;

/** The most words a name can have: the longest phrase, after "HTTP/1.1 404" of a status line. */
function longestPhraseWords(): number {
  longestPhrase ??=
    2 + Math.max(...[...allStatuses(), ...unofficialStatuses()].map((status) => status.phrase.split(" ").length));
  return longestPhrase;
}

/** A word that only a phrase could hold ("found", "not"); numbers, classes and constant names stand alone. */
const isPlainWord = (argument: string): boolean => /^[\p{L}'\u2019-]+$/u.test(argument.trim());

/** A status line's first word: "HTTP/1.1", "HTTP/2". */
const isVersion = (argument: string): boolean => /^HTTP\/\d(?:\.\d)?$/i.test(argument);

/**
 * The lengths of the runs of words from `start` to try, longest first. A
 * status line's phrase may be anything, so a run from a version takes every
 * word up to the next version, as many as fit in {@link longestInput}
 * characters, or else only the version and the code; other runs are phrases,
 * at most as long as the longest phrase.
 */
function runLengths(inputs: readonly string[], start: number): number[] {
  const rest = inputs.length - start;
  if (!isVersion(inputs[start] as string)) {
    const longest = Math.min(rest, longestPhraseWords());
    return Array.from({ length: Math.max(0, longest - 1) }, (_, index) => longest - index);
  }
  let length = 1;
  let characters = (inputs[start] as string).length;
  while (length < rest) {
    const next = inputs[start + length] as string;
    if (isVersion(next) || characters + 1 + next.length > longestInput) break;
    characters += 1 + next.length;
    length++;
  }
  return length > 2 ? [length, 2] : length === 2 ? [2] : [];
}

/**
 * What the arguments name. Words are read as phrases first: the longest run
 * of arguments that names something is one answer (`statuskit not found`,
 * `statuskit 404 Not Found`, `statuskit 200 OK`), so a fragment such as
 * "found" in "not found" is never answered on its own, and a status line is
 * one answer whatever its phrase. Arguments that each name something and
 * form no longer run are answered one by one (`statuskit 200 404`, or
 * `statuskit 200 200`); among words that name nothing, the same code twice
 * in a row is one answer ("not found 404"). Words that belong to no phrase
 * give one message together, with suggestions.
 */
export function readArguments(inputs: readonly string[]): Reading[] {
  const alone = inputs.map(identify);
  // When every argument names something, each was asked for, repeats too.
  const merge = !alone.every((answer) => answer !== undefined);
  const readings: Reading[] = [];
  const unmatched: string[] = [];
  const flush = () => {
    if (unmatched.length === 0) return;
    const input = unmatched.join(" ");
    readings.push({ input, answer: lookup(input) });
    unmatched.length = 0;
  };
  let start = 0;
  while (start < inputs.length) {
    let found: Reading | undefined;
    let length = 1;
    for (const candidate of runLengths(inputs, start)) {
      length = candidate;
      const words = inputs.slice(start, start + length);
      // Cheaper than joining text that is too long to name anything.
      if (words.reduce((total, word) => total + word.length + 1, 0) > longestInput + 1) continue;
      const input = words.join(" ");
      const answer = identify(input);
      if (answer !== undefined) {
        found = { input, answer };
        break;
      }
    }
    if (found === undefined) {
      length = 1;
      const input = inputs[start] as string;
      const answer = alone[start];
      // A lone phrase word next to words that name nothing is part of a
      // phrase statuskit does not know, not a name of its own.
      const fragment =
        isPlainWord(input) &&
        ((start > 0 && alone[start - 1] === undefined) ||
          (start + 1 < inputs.length && alone[start + 1] === undefined));
      if (answer === undefined || fragment) {
        unmatched.push(input);
        start++;
        continue;
      }
      found = { input, answer };
    }
    flush();
    const previous = readings.at(-1)?.answer;
    const same =
      merge && previous?.kind === "code" && found.answer.kind === "code" && previous.code === found.answer.code;
    if (!same) readings.push(found);
    start += length;
  }
  flush();
  return readings;
}
