import { isDigitAt } from "../http-syntax.js";
import { allStatuses, statusInfo } from "../status-info.js";
import { unofficialStatusInfo } from "../unofficial/unofficial-status-info.js";
import { serveLimits } from "./limits.js";

/** What the server needs to know of a code it answers with, from the registry or the unofficial list. */
export interface ServedStatus {
  readonly code: number;
  /** The status text: the registry's reason phrase, or the unofficial meaning's phrase. */
  readonly phrase: string;
  /** Whether the response may carry content (the registry's `content` fact; true for unofficial codes). */
  readonly content: boolean;
  /** The header fields the registry names for the code (none for unofficial codes). */
  readonly headers: readonly string[];
}

const servedStatuses = new Map<number, ServedStatus | undefined>();

/**
 * The status the server sends for `code`: a registered code as the registry
 * describes it; otherwise the first unofficial meaning (a registered meaning
 * always wins); `undefined` for a code neither knows.
 */
export function servedStatus(code: number): ServedStatus | undefined {
  if (servedStatuses.has(code)) return servedStatuses.get(code);
  const info = statusInfo(code);
  const unofficial = info === undefined ? unofficialStatusInfo(code)?.[0] : undefined;
  const served: ServedStatus | undefined = info
    ? { code, phrase: info.phrase, content: info.content, headers: info.headers }
    : unofficial
      ? { code, phrase: unofficial.phrase, content: true, headers: [] }
      : undefined;
  servedStatuses.set(code, served);
  return served;
}

/** The codes a request may be answered with, and how likely each is. */
export interface CodeChoice {
  /** Which route asked: `/{code}`, httpbin's `/status/{codes}`, httpstat.us's `/random/{codes}`, or `/sequence/{codes}`. */
  readonly route: "code" | "status" | "random" | "sequence";
  /** The codes to choose from, or a sequence's steps in order. */
  readonly codes: readonly number[];
  /** One weight per code; all equal when the route gives none (and unused by a sequence). */
  readonly weights: readonly number[];
}

/** The query options of a request; see the README for what each does. */
export interface ResponseOptions {
  readonly location: string | undefined;
  /** `?then=`: the final code after a 1xx. */
  readonly finalCode: number | undefined;
  readonly sleep: number;
  readonly sleepAfterHeaders: number;
  readonly dribble: boolean;
  readonly abort: boolean;
  /** `?key=`: which run of a `/sequence/` this request belongs to. */
  readonly key: string | undefined;
}

/** A request the server can answer, or why not. */
export type ParsedTarget =
  | { readonly ok: true; readonly choice: CodeChoice; readonly options: ResponseOptions }
  | { readonly ok: false; readonly detail: string };

/** A short, printable form of user input for a `detail`: at most 40 characters, control characters escaped. */
export function quoted(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}...` : text;
  return JSON.stringify(shown);
}

const failure = (detail: string): ParsedTarget => ({ ok: false, detail });

/** Whether `text` is 1 to `longest` ASCII digits. */
function isDigits(text: string, longest: number): boolean {
  if (text.length === 0 || text.length > longest) return false;
  for (let index = 0; index < text.length; index++) if (!isDigitAt(text, index)) return false;
  return true;
}

/**
 * Reads a request target (`/404?sleep=100`) into the codes to choose from and
 * the options, or a `detail` saying what is wrong with it. Pure; never
 * throws; linear in the target's length.
 */
export function parseRequestTarget(target: string): ParsedTarget {
  if (target.length > serveLimits.maximumTargetLength) {
    return failure(
      `the request target is ${target.length} characters long; the limit is ${serveLimits.maximumTargetLength}`,
    );
  }
  if (!target.startsWith("/")) {
    return failure("this server answers paths such as /404; it is not a proxy and takes no absolute URLs");
  }
  const queryStart = target.indexOf("?");
  const path = queryStart === -1 ? target : target.slice(0, queryStart);
  const query = queryStart === -1 ? "" : target.slice(queryStart + 1);

  const choice = parsePath(path);
  if (typeof choice === "string") return failure(choice);
  const options = parseQuery(query, choice);
  if (typeof options === "string") return failure(options);
  return { ok: true, choice, options };
}

function parsePath(path: string): CodeChoice | string {
  if (path === "/") return "ask for a status code, such as /404, /status/200,500 or /random/500-504";
  const segments = path.slice(1).split("/");
  if (segments.length === 1) {
    const code = parseCode(segments[0] as string);
    return typeof code === "string" ? code : { route: "code", codes: [code], weights: [1] };
  }
  if (segments.length === 2 && (segments[0] === "status" || segments[0] === "random" || segments[0] === "sequence")) {
    let list: string;
    try {
      list = decodeURIComponent(segments[1] as string);
    } catch {
      return `the list ${quoted(segments[1] as string)} is not valid percent-encoding`;
    }
    if (list === "") return `/${segments[0]}/ needs a comma-separated list of codes, such as /${segments[0]}/200,500`;
    if (segments[0] === "sequence") return parseSequenceList(list);
    return segments[0] === "status" ? parseWeightedList(list) : parseRangeList(list);
  }
  return `no route for ${quoted(path)}: use /{code}, /status/{codes}, /random/{codes} or /sequence/{codes}?key={key}`;
}

/** A three-digit code that the registry or the unofficial list knows, or why not. */
function parseCode(text: string): number | string {
  if (text.length === 0) return "a status code is missing";
  if (!isDigits(text, text.length)) {
    return `${quoted(text)} is not a status code: use three digits from 100 to 599, such as 404`;
  }
  if (text.length !== 3 || text.startsWith("0")) return `${quoted(text)} is not a status code between 100 and 599`;
  const code = Number(text);
  if (code < 100 || code > 599) return `${code} is not a status code between 100 and 599`;
  if (servedStatus(code) === undefined) return `${code} is neither a registered status code nor a known unofficial one`;
  return code;
}

function entriesOf(list: string): string[] | string {
  const entries = list.split(",");
  return entries.length > serveLimits.maximumCodesInList
    ? `the list has ${entries.length} entries; the limit is ${serveLimits.maximumCodesInList}`
    : entries;
}

/** httpbin's list: `200,500` (even odds) or `200:0.9,500:0.1` (weights; a code without one weighs 1). */
function parseWeightedList(list: string): CodeChoice | string {
  const entries = entriesOf(list);
  if (typeof entries === "string") return entries;
  const codes: number[] = [];
  const weights: number[] = [];
  for (const entry of entries) {
    const colon = entry.indexOf(":");
    const code = parseCode((colon === -1 ? entry : entry.slice(0, colon)).trim());
    if (typeof code === "string") return code;
    const weight = colon === -1 ? 1 : parseWeight(entry.slice(colon + 1).trim());
    if (weight === undefined) {
      return `the weight in ${quoted(entry)} is not a number of zero or more, such as 0.9`;
    }
    codes.push(code);
    weights.push(weight);
  }
  if (weights.reduce((sum, weight) => sum + weight, 0) <= 0)
    return "the weights add up to zero: give one a weight above 0";
  return { route: "status", codes, weights };
}

/** A weight: digits with at most one decimal point, finite. */
function parseWeight(text: string): number | undefined {
  if (text.length > 20) return undefined;
  const point = text.indexOf(".");
  const digits = point === -1 ? text : text.slice(0, point) + text.slice(point + 1);
  if (!isDigits(digits, 20)) return undefined;
  const weight = Number(text);
  return Number.isFinite(weight) ? weight : undefined;
}

/** A sequence's steps: `503,503,200`, each a code, answered in order. */
function parseSequenceList(list: string): CodeChoice | string {
  const entries = entriesOf(list);
  if (typeof entries === "string") return entries;
  const codes: number[] = [];
  for (const entry of entries) {
    const code = parseCode(entry.trim());
    if (typeof code === "string") return code;
    codes.push(code);
  }
  return { route: "sequence", codes, weights: [] };
}

/** httpstat.us's list: codes and ranges, `200,201,500-504`; a range brings the known codes in it. */
function parseRangeList(list: string): CodeChoice | string {
  const entries = entriesOf(list);
  if (typeof entries === "string") return entries;
  const codes: number[] = [];
  for (const entry of entries) {
    const dash = entry.indexOf("-");
    if (dash === -1) {
      const code = parseCode(entry.trim());
      if (typeof code === "string") return code;
      codes.push(code);
      continue;
    }
    const from = parseBound(entry.slice(0, dash).trim());
    const to = parseBound(entry.slice(dash + 1).trim());
    if (typeof from === "string") return from;
    if (typeof to === "string") return to;
    if (from > to) return `the range ${quoted(entry)} runs backwards`;
    const before = codes.length;
    for (let code = from; code <= to; code++) if (servedStatus(code) !== undefined) codes.push(code);
    if (codes.length === before) return `the range ${quoted(entry)} holds no known status code`;
  }
  return { route: "random", codes, weights: codes.map(() => 1) };
}

function parseBound(text: string): number | string {
  if (text.length !== 3 || !isDigits(text, 3)) return `${quoted(text)} is not a status code between 100 and 599`;
  const code = Number(text);
  return code >= 100 && code <= 599 ? code : `${code} is not a status code between 100 and 599`;
}

/** The options of a request without a query. */
export const defaultOptions: ResponseOptions = Object.freeze({
  location: undefined,
  finalCode: undefined,
  sleep: 0,
  sleepAfterHeaders: 0,
  dribble: false,
  abort: false,
  key: undefined,
});

const knownOptions = ["location", "then", "sleep", "sleep_after_headers", "dribble", "abort", "key"];

function parseQuery(query: string, choice: CodeChoice): ResponseOptions | string {
  if (query === "") return choice.route === "sequence" ? missingKey : defaultOptions;
  const values = new Map<string, string>();
  for (const pair of query.split("&")) {
    if (pair === "") continue;
    const equals = pair.indexOf("=");
    let name: string;
    let value: string;
    try {
      name = decodeURIComponent(equals === -1 ? pair : pair.slice(0, equals));
      value = decodeURIComponent((equals === -1 ? "" : pair.slice(equals + 1)).replaceAll("+", " "));
    } catch {
      return `the query parameter ${quoted(pair)} is not valid percent-encoding`;
    }
    if (!knownOptions.includes(name)) {
      return `unknown query parameter ${quoted(name)}; the known ones are ${knownOptions.join(", ")}`;
    }
    if (values.has(name)) return `the query parameter ${quoted(name)} is given more than once`;
    values.set(name, value);
  }

  const sleep = parseMilliseconds("sleep", values.get("sleep"));
  if (typeof sleep === "string") return sleep;
  const sleepAfterHeaders = parseMilliseconds("sleep_after_headers", values.get("sleep_after_headers"));
  if (typeof sleepAfterHeaders === "string") return sleepAfterHeaders;
  const dribble = parseFlag("dribble", values.get("dribble"));
  if (typeof dribble === "string") return dribble;
  const abort = parseFlag("abort", values.get("abort"));
  if (typeof abort === "string") return abort;

  const single = choice.route === "code" ? (choice.codes[0] as number) : undefined;
  const location = values.get("location");
  if (location !== undefined) {
    if (location.length === 0 || location.length > 1024) return "location must be 1 to 1024 characters long";
    for (let index = 0; index < location.length; index++) {
      const unit = location.charCodeAt(index);
      if (unit < 0x21 || unit > 0x7e)
        return "location may hold only visible ASCII characters (percent-encode the rest)";
    }
    if (single !== undefined && !servedStatus(single)?.headers.includes("Location")) {
      return `location applies to the codes that send a Location header (${codesSending("Location")}), not ${single}`;
    }
  }
  const thenText = values.get("then");
  let finalCode: number | undefined;
  if (thenText !== undefined) {
    const code = parseCode(thenText);
    if (typeof code === "string") return `then: ${code}`;
    if (code < 200) return `then must be a final status code (200 to 599), not ${code}`;
    if (single !== undefined && single >= 200)
      return `then applies to the 1xx codes, which come before a final response, not ${single}`;
    finalCode = code;
  }
  const key = values.get("key");
  if (choice.route === "sequence") {
    if (key === undefined) return missingKey;
    const wrong = keyProblem(key);
    if (wrong !== undefined) return wrong;
  } else if (key !== undefined) {
    return "key applies to /sequence/ routes only";
  }
  return { location, finalCode, sleep, sleepAfterHeaders, dribble, abort, key };
}

const missingKey =
  "a /sequence/ needs ?key=, a name of its own (such as a test's name or a random UUID), so that runs in parallel keep their places apart";

/** Why `key` cannot name a sequence, or undefined when it can. */
function keyProblem(key: string): string | undefined {
  const longest = serveLimits.maximumSequenceKeyLength;
  if (key.length === 0 || key.length > longest) return `key must be 1 to ${longest} characters long`;
  for (let index = 0; index < key.length; index++) {
    const unit = key.charCodeAt(index);
    if (unit < 0x20 || unit > 0x7e) return "key may hold only printable ASCII characters";
  }
  return undefined;
}

function parseMilliseconds(name: string, text: string | undefined): number | string {
  if (text === undefined) return 0;
  const maximum = serveLimits.maximumSleepMilliseconds;
  if (!isDigits(text, 9)) {
    return `${name} must be a whole number of milliseconds from 0 to ${maximum}, not ${quoted(text)}`;
  }
  const milliseconds = Number(text);
  if (milliseconds > maximum) return `${name}=${milliseconds} is beyond the maximum of ${maximum} milliseconds`;
  return milliseconds;
}

function parseFlag(name: string, text: string | undefined): boolean | string {
  if (text === undefined || text === "0" || text === "false") return false;
  if (text === "1" || text === "true" || text === "") return true;
  return `${name} must be 1 or true (or 0 or false), not ${quoted(text)}`;
}

/** The registered codes that carry a header, from the registry: `"201, 301, ..."`. */
function codesSending(header: string): string {
  return allStatuses()
    .filter((status) => status.headers.includes(header))
    .map((status) => status.code)
    .join(", ");
}

/**
 * Mulberry32: the same seed gives the same sequence of numbers in [0, 1) on
 * every run and platform, which is what lets `--seed` replay a run's random
 * choices. Not for anything secret.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * One code from a choice, each with odds in proportion to its weight. Draws
 * from `random` only when there is a choice to make, so that a seeded run's
 * sequence depends only on the requests that pick at random.
 */
export function chooseCode(choice: CodeChoice, random: () => number): number {
  const { codes, weights } = choice;
  if (codes.length === 1) return codes[0] as number;
  let total = 0;
  for (const weight of weights) total += weight;
  let remaining = random() * total;
  let last = codes[0] as number;
  for (let index = 0; index < codes.length; index++) {
    const weight = weights[index] as number;
    if (weight <= 0) continue;
    last = codes[index] as number;
    remaining -= weight;
    if (remaining < 0) return last;
  }
  // Rounding can leave a sliver at the end: it belongs to the last code that has weight.
  return last;
}
