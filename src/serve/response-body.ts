/// <reference types="node" />
import { PROBLEM_JSON, toProblemDetails } from "../errors/problem-details.js";
import { isDigitAt } from "../http-syntax.js";

/** The three bodies the server can send: `404 Not Found`, `{"code":404,"description":"Not Found"}`, or an RFC 9457 problem document. */
export type BodyFormat = "text" | "json" | "problem";

/** Each format's media type, in the server's order of preference. */
const offered: readonly (readonly [mediaType: string, format: BodyFormat])[] = [
  ["text/plain", "text"],
  ["application/json", "json"],
  ["application/problem+json", "problem"],
];

interface Match {
  quality: number;
  specificity: number;
  position: number;
}

/**
 * The body format an `Accept` header asks for (RFC 9110, Section 12.5.1): the
 * offered type with the highest quality, then the most specific match, then
 * the one named first. Plain text when there is no header or nothing offered
 * is acceptable: a test server answers rather than refusing with 406.
 * One split per list level and no pattern, so linear in the header's length,
 * which Node caps at `serveLimits.maximumHeaderBytes`.
 */
export function negotiateBodyFormat(accept: string | undefined): BodyFormat {
  if (accept === undefined || accept === "" || accept === "*/*") return "text";
  const best: (Match | undefined)[] = [undefined, undefined, undefined];
  const ranges = accept.split(",");
  for (let position = 0; position < ranges.length; position++) {
    const [rawType = "", ...parameters] = (ranges[position] as string).split(";");
    const range = rawType.trim().toLowerCase();
    let quality = 1;
    for (const parameter of parameters) {
      const [name = "", value = ""] = parameter.split("=");
      if (name.trim().toLowerCase() === "q") quality = qualityOf(value.trim());
    }
    if (Number.isNaN(quality)) continue;
    for (let index = 0; index < offered.length; index++) {
      const mediaType = (offered[index] as (typeof offered)[number])[0];
      const specificity =
        range === mediaType
          ? 2
          : range === `${mediaType.slice(0, mediaType.indexOf("/"))}/*`
            ? 1
            : range === "*/*"
              ? 0
              : -1;
      const current = best[index];
      if (specificity >= 0 && (current === undefined || specificity > current.specificity)) {
        best[index] = { quality, specificity, position };
      }
    }
  }
  let chosen: BodyFormat = "text";
  let chosenMatch: Match | undefined;
  for (let index = 0; index < offered.length; index++) {
    const match = best[index];
    if (match === undefined || match.quality <= 0) continue;
    if (chosenMatch === undefined || isBetter(match, chosenMatch)) {
      chosenMatch = match;
      chosen = (offered[index] as (typeof offered)[number])[1];
    }
  }
  return chosen;
}

function isBetter(candidate: Match, current: Match): boolean {
  if (candidate.quality !== current.quality) return candidate.quality > current.quality;
  if (candidate.specificity !== current.specificity) return candidate.specificity > current.specificity;
  return candidate.position < current.position;
}

/** A `q` value: 0 to 1 with up to three decimals; NaN for anything else, which drops the range. */
function qualityOf(text: string): number {
  if (text.length === 0 || text.length > 5) return Number.NaN;
  for (let index = 0; index < text.length; index++) {
    if (text[index] !== "." && !isDigitAt(text, index)) return Number.NaN;
  }
  const quality = Number(text);
  return quality >= 0 && quality <= 1 ? quality : Number.NaN;
}

/** A body ready to send, with its media type. */
export interface ResponseBody {
  readonly contentType: string;
  readonly bytes: Buffer;
}

const contentTypes: Readonly<Record<BodyFormat, string>> = {
  text: "text/plain; charset=utf-8",
  json: "application/json",
  problem: PROBLEM_JSON,
};

const bodies = new Map<string, ResponseBody>();

/**
 * The body for a status in the negotiated format: `404 Not Found` as text,
 * `{"code":404,"description":"Not Found"}` as JSON (the shape httpstat.us
 * used), or a problem document. A problem document describes an error, so a
 * success or redirect asked for as problem+json gets the JSON body instead.
 * Built once per code and format.
 */
export function responseBody(code: number, phrase: string, format: BodyFormat): ResponseBody {
  const effective: BodyFormat = format === "problem" && code < 400 ? "json" : format;
  const key = `${code} ${effective}`;
  const cached = bodies.get(key);
  if (cached !== undefined) return cached;
  const text =
    effective === "text"
      ? `${code} ${phrase}`
      : JSON.stringify(effective === "json" ? { code, description: phrase } : toProblemDetails({ status: code }));
  const body = { contentType: contentTypes[effective], bytes: Buffer.from(text, "utf8") };
  bodies.set(key, body);
  return body;
}

/**
 * A problem+json body with a `detail`, for a request the server cannot answer
 * as asked: written by statuskit/errors' `toProblemDetails`, as every problem
 * document of the package is (type `about:blank`, the status's phrase as the
 * title).
 */
export function problemBody(code: number, detail: string): ResponseBody {
  return { contentType: PROBLEM_JSON, bytes: Buffer.from(JSON.stringify(toProblemDetails({ status: code, detail }))) };
}
