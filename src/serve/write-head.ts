/// <reference types="node" />
import type { ServerResponse } from "node:http";
import { corsHeaders } from "./cors.js";
import { problemBody } from "./response-body.js";
import { type ServedStatus, servedStatus } from "./served-status.js";

/** Header fields as `[name, value]` pairs, in the order they are sent. */
export type Pairs = [string, string][];

/** The status a server always knows, for its own answers (400, 413, 503...). */
export function knownStatus(code: number): ServedStatus {
  return servedStatus(code) as ServedStatus;
}

/** The flat header list for a response, with the CORS headers that expose them. */
export function flatHeaders(pairs: Pairs): string[] {
  const flat: string[] = [];
  for (const [name, value] of pairs) flat.push(name, value);
  for (const [name, value] of corsHeaders(pairs.map((pair) => pair[0]))) flat.push(name, value);
  return flat;
}

/** Sends pairs as Node's flat header list, with the CORS headers that expose them. */
export function writeHead(response: ServerResponse, status: ServedStatus, pairs: Pairs): void {
  response.writeHead(status.code, status.phrase, flatHeaders(pairs));
}

/** Answers with a problem document whose `detail` says what went wrong. */
export function sendProblem(response: ServerResponse, code: number, detail: string, extra: Pairs = []): void {
  const status = knownStatus(code);
  const body = problemBody(code, status.phrase, detail);
  writeHead(response, status, [
    ["Content-Type", body.contentType],
    ["Content-Length", String(body.bytes.length)],
    ...extra,
  ]);
  response.end(body.bytes);
}
