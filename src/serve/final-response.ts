/// <reference types="node" />
import type { IncomingMessage, ServerResponse } from "node:http";
import { type BodyFormat, negotiateBodyFormat } from "./body-format.js";
import type { EchoedHeaders } from "./echoed-headers.js";
import { registryHeaders } from "./header-values.js";
import { requestHeader } from "./request-header.js";
import { defaultOptions, type ResponseOptions } from "./request-target.js";
import { type ResponseBody, responseBody } from "./response-body.js";
import type { ServedStatus } from "./served-status.js";
import { flatHeaders, type Pairs, writeHead } from "./write-head.js";

/** The body and headers of a final response, before it is written. */
export interface FinalResponse {
  readonly served: ServedStatus;
  readonly body: ResponseBody | undefined;
  readonly pairs: Pairs;
}

export function finalResponse(
  request: IncomingMessage,
  served: ServedStatus,
  options: ResponseOptions,
  echoed: EchoedHeaders | undefined,
): FinalResponse {
  const format: BodyFormat = negotiateBodyFormat(requestHeader(request.headers, "accept"));
  const body = served.content ? responseBody(served.code, served.phrase, format) : undefined;
  let pairs: Pairs = body
    ? [
        ["Content-Type", body.contentType],
        ["Content-Length", String(body.bytes.length)],
      ]
    : [];
  if (served.headers.length > 0) {
    pairs.push(
      ...registryHeaders(served.headers, {
        code: served.code,
        location: options.location ?? "/200",
        bodyLength: body?.bytes.length ?? 0,
      }),
    );
    if (served.headers.includes("Upgrade")) pairs.push(["Connection", "Upgrade"]);
  }
  if (body && !served.headers.includes("Vary")) pairs.push(["Vary", "Accept"]);
  if (echoed !== undefined) {
    pairs = pairs.filter(([name]) => !echoed.has(name.toLowerCase()));
    for (const { name, values } of echoed.values()) for (const value of values) pairs.push([name, value]);
  }
  return { served, body: request.method === "HEAD" ? undefined : body, pairs };
}

/** Header lists of plain requests (no query, no echo), built once per code and body format. */
const plainHeaders = new Map<string, string[]>();

/** The fast path: a final status, no waiting. */
export function sendFinal(
  request: IncomingMessage,
  response: ServerResponse,
  served: ServedStatus,
  options: ResponseOptions,
  echoed: EchoedHeaders | undefined,
): void {
  // Most requests are a bare `/404`: their headers are the same every time,
  // unless the code carries a header with the time in it (Expires).
  if (options === defaultOptions && echoed === undefined && !served.headers.includes("Expires")) {
    const format = negotiateBodyFormat(requestHeader(request.headers, "accept"));
    const key = `${served.code} ${format}`;
    let flat = plainHeaders.get(key);
    if (flat === undefined) {
      flat = flatHeaders(finalResponse(request, served, options, echoed).pairs);
      plainHeaders.set(key, flat);
    }
    response.writeHead(served.code, served.phrase, flat);
    const body =
      served.content && request.method !== "HEAD" ? responseBody(served.code, served.phrase, format) : undefined;
    response.end(body?.bytes);
    return;
  }
  const final = finalResponse(request, served, options, echoed);
  writeHead(response, served, final.pairs);
  if (options.abort) resetAfterHeaders(response);
  else response.end(final.body?.bytes);
}

/** Sends the headers now, then resets the connection (an RST, not a clean close). */
export function resetAfterHeaders(response: ServerResponse): void {
  response.flushHeaders();
  const socket = response.socket;
  if (socket === null) response.destroy();
  else socket.write("", () => socket.resetAndDestroy());
}
