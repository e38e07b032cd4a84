/// <reference types="node" />
import type { IncomingMessage, ServerResponse } from "node:http";
import { chooseCode } from "./choose-code.js";
import { isPreflight, preflightHeaders } from "./cors.js";
import type { Delays } from "./delays.js";
import { echoedHeaders } from "./echoed-headers.js";
import { sendFinal } from "./final-response.js";
import { serveLimits } from "./limits.js";
import { requestHeader } from "./request-header.js";
import type { RequestRecord } from "./request-record.js";
import { parseRequestTarget } from "./request-target.js";
import { respondInSteps } from "./respond-in-steps.js";
import type { RandomSource } from "./seeded-random.js";
import { switchProtocols } from "./switch-protocols.js";
import { knownStatus, sendProblem } from "./write-head.js";

/** What the handler shares across requests. */
export interface ServerState {
  readonly random: RandomSource;
  readonly delays: Delays;
  delayedResponses: number;
  readonly onRequest: ((record: RequestRecord) => void) | undefined;
}

/** The request handler: routes, checks and answers every request, never throwing. */
export function createRequestHandler(state: ServerState): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    if (state.onRequest !== undefined) reportWhenClosed(request, response, state.onRequest);
    try {
      handle(request, response, state);
    } catch (error) {
      // A bug must cost one response, never the server.
      if (!response.headersSent) sendProblem(response, 500, `the server failed: ${String(error)}`);
      else response.destroy();
    }
  };
}

function reportWhenClosed(request: IncomingMessage, response: ServerResponse, report: (record: RequestRecord) => void) {
  const started = performance.now();
  response.once("close", () => {
    report({
      method: request.method ?? "",
      target: (request.url ?? "").slice(0, 200),
      status: response.headersSent ? response.statusCode : 0,
      milliseconds: Math.round((performance.now() - started) * 100) / 100,
    });
  });
}

function handle(request: IncomingMessage, response: ServerResponse, state: ServerState): void {
  if (!bodyWithinLimit(request, response)) return;
  if (isPreflight(request.method, request.headers)) {
    const status = knownStatus(204);
    const flat = preflightHeaders(request.headers).flat();
    response.writeHead(status.code, status.phrase, flat);
    response.end();
    return;
  }
  const parsed = parseRequestTarget(request.url ?? "");
  if (!parsed.ok) {
    sendProblem(response, 400, parsed.detail);
    return;
  }
  const echoed = echoedHeaders(request.rawHeaders);
  if (typeof echoed === "string") {
    sendProblem(response, 400, echoed);
    return;
  }

  const served = knownStatus(chooseCode(parsed.choice, state.random));
  const { options } = parsed;
  if (served.code === 101) {
    switchProtocols(request, response, served);
    return;
  }

  const delayed = options.sleep > 0 || options.sleepAfterHeaders > 0 || options.dribble;
  if (!delayed && served.code >= 200) {
    sendFinal(request, response, served, options, echoed);
    return;
  }
  let release = (): void => {};
  if (delayed) {
    if (state.delayedResponses >= serveLimits.maximumDelayedResponses) {
      sendProblem(
        response,
        503,
        `${state.delayedResponses} delayed responses are already waiting; the limit is ${serveLimits.maximumDelayedResponses}`,
        [["Retry-After", "1"]],
      );
      return;
    }
    state.delayedResponses++;
    release = () => state.delayedResponses--;
  }
  const controller = new AbortController();
  response.once("close", () => {
    release();
    controller.abort();
  });
  respondInSteps(request, response, served, options, echoed, state.delays, controller.signal).catch(() =>
    response.destroy(),
  );
}

/** Reads and discards request content up to the limit; answers 413 (and closes) past it. */
function bodyWithinLimit(request: IncomingMessage, response: ServerResponse): boolean {
  const declared = requestHeader(request.headers, "content-length");
  if (declared === undefined && requestHeader(request.headers, "transfer-encoding") === undefined) return true;
  if (declared !== undefined && Number(declared) > serveLimits.maximumBodyBytes) {
    sendProblem(
      response,
      413,
      `the request content is ${declared} bytes; the limit is ${serveLimits.maximumBodyBytes}`,
      [["Connection", "close"]],
    );
    return false;
  }
  let received = 0;
  request.on("data", (chunk: Buffer) => {
    received += chunk.length;
    if (received > serveLimits.maximumBodyBytes) request.socket.destroy();
  });
  return true;
}
