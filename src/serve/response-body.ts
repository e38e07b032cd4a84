import { PROBLEM_JSON } from "../errors/problem-details.js";
/// <reference types="node" />
import type { BodyFormat } from "./body-format.js";
import { problemDocument } from "./problem-document.js";

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

const cache = new Map<string, ResponseBody>();

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
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const text =
    effective === "text"
      ? `${code} ${phrase}`
      : JSON.stringify(effective === "json" ? { code, description: phrase } : problemDocument(code, phrase));
  const body = { contentType: contentTypes[effective], bytes: Buffer.from(text, "utf8") };
  cache.set(key, body);
  return body;
}

/** A problem+json body with a `detail`, for a request the server cannot answer as asked. */
export function problemBody(code: number, phrase: string, detail: string): ResponseBody {
  return { contentType: PROBLEM_JSON, bytes: Buffer.from(JSON.stringify(problemDocument(code, phrase, detail))) };
}
