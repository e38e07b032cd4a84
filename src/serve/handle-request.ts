/// <reference types="node" />
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { isToken } from "../http-syntax.js";
import { serveLimits } from "./limits.js";
import {
  defaultOptions,
  parseRequestTarget,
  quoted,
  type ResponseOptions,
  type ServedStatus,
  servedStatus,
} from "./request-target.js";
import { negotiateBodyFormat, problemBody, type ResponseBody, responseBody } from "./response-body.js";
import {
  type EchoedHeaders,
  echoedHeaders,
  flatHeaders,
  isPreflight,
  type Pairs,
  preflightHeaders,
  registryHeaders,
} from "./response-headers.js";
import { nextStep, type SequenceStore } from "./sequences.js";
import type { RequestRecord } from "./start-status-server.js";

/** Timers that the server can cancel one by one (a client went away) or all at once (the server closes). */
export interface Delays {
  /** Resolves to true after `milliseconds`, or to false if cancelled first (by `signal` or `cancelAll`). */
  wait(milliseconds: number, signal: AbortSignal): Promise<boolean>;
  /** Cancels every pending wait (each resolves to false). */
  cancelAll(): void;
}

/** A fresh set of cancellable timers. */
export function createDelays(): Delays {
  const pending = new Map<ReturnType<typeof setTimeout>, () => void>();
  return {
    wait(milliseconds, signal) {
      return new Promise<boolean>((resolve) => {
        if (signal.aborted) {
          resolve(false);
          return;
        }
        const cancel = () => {
          clearTimeout(timer);
          pending.delete(timer);
          signal.removeEventListener("abort", cancel);
          resolve(false);
        };
        const timer = setTimeout(() => {
          pending.delete(timer);
          signal.removeEventListener("abort", cancel);
          resolve(true);
        }, milliseconds);
        pending.set(timer, cancel);
        signal.addEventListener("abort", cancel);
      });
    },
    cancelAll() {
      for (const cancel of [...pending.values()]) cancel();
    },
  };
}

/** What the handler shares across requests. */
export interface ServerState {
  readonly random: () => number;
  readonly sequences: SequenceStore;
  readonly delays: Delays;
  delayedResponses: number;
  /** Responses waiting for the ones before them on their connection, over every connection. */
  queuedResponses: number;
  readonly connections: WeakMap<Socket, Connection>;
  /** Reports a finished request; never throws. */
  readonly report: ((record: RequestRecord) => void) | undefined;
}

/** What the handler keeps for one connection. */
interface Connection {
  /** Its responses waiting for the ones before them. */
  queued: number;
  /** Run once when it closes, for responses that will then never get it. */
  readonly onClose: Set<() => void>;
  /** The response that switched it to another protocol, written past Node, which so never counts it as sent. */
  switchedBy: ServerResponse | undefined;
}

function connectionOf(socket: Socket, state: ServerState): Connection {
  let connection = state.connections.get(socket);
  if (connection === undefined) {
    const created: Connection = { queued: 0, onClose: new Set(), switchedBy: undefined };
    // One listener per connection, however many requests it pipelines.
    socket.once("close", () => {
      for (const listener of [...created.onClose]) listener();
    });
    state.connections.set(socket, created);
    connection = created;
  }
  return connection;
}

/**
 * The request handler: routes, checks and answers every request, never
 * throwing. With `refuseExpectation`, it answers 417 instead, for the
 * requests Node hands over because they expect something other than
 * `100-continue`.
 */
export function createRequestHandler(
  state: ServerState,
  refuseExpectation = false,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    const connection = connectionOf(request.socket, state);
    if (state.report !== undefined) reportWhenDone(request, response, connection, state.report);
    guarded(response, () => {
      if (refuseExpectation) {
        answerWithProblem(
          response,
          417,
          `the server meets no expectation but 100-continue, not ${quoted(request.headers.expect ?? "")}`,
          [["Connection", "close"]],
        );
      } else handle(request, response, state, connection);
    });
  };
}

/** Runs a step of a response; a bug must cost that response, never the server. */
function guarded(response: ServerResponse, step: () => void): void {
  try {
    step();
  } catch (error) {
    if (!response.headersSent) answerWithProblem(response, 500, `the server failed: ${String(error)}`);
    else response.destroy();
  }
}

function reportWhenDone(
  request: IncomingMessage,
  response: ServerResponse,
  connection: Connection,
  report: (record: RequestRecord) => void,
): void {
  const started = performance.now();
  let connected = response.socket !== null;
  if (!connected) response.once("socket", () => (connected = true));
  // A response queued behind others never closes if its connection does first.
  const done = () => {
    connection.onClose.delete(done);
    response.off("close", done);
    report({
      method: request.method ?? "",
      target: (request.url ?? "").slice(0, 200),
      status: connection.switchedBy === response ? 101 : connected && response.headersSent ? response.statusCode : 0,
      milliseconds: Math.round((performance.now() - started) * 100) / 100,
    });
  };
  response.once("close", done);
  connection.onClose.add(done);
}

function handle(request: IncomingMessage, response: ServerResponse, state: ServerState, connection: Connection): void {
  // Node's parser reads nothing more on a connection after a request that
  // asks to upgrade, so whatever answers it closes the connection (Node then
  // sends Connection: close) instead of leaving what follows unanswered.
  if (asksToUpgrade(request)) response.shouldKeepAlive = false;
  // Node's own check would answer a bare 400; the server's says why.
  if (request.httpVersion === "1.1" && request.headers.host === undefined) {
    answerWithProblem(response, 400, "an HTTP/1.1 request must carry a Host header (RFC 9112, Section 3.2)", [
      ["Connection", "close"],
    ]);
    return;
  }
  if (!bodyWithinLimit(request, response)) return;
  if (isPreflight(request.method, request.headers)) {
    const status = knownStatus(204);
    response.writeHead(status.code, status.phrase, preflightHeaders(request.headers));
    response.end();
    return;
  }
  const parsed = parseRequestTarget(request.url ?? "");
  if (!parsed.ok) {
    answerWithProblem(response, 400, parsed.detail);
    return;
  }
  const echoed = echoedHeaders(request.rawHeaders);
  if (typeof echoed === "string") {
    answerWithProblem(response, 400, echoed);
    return;
  }

  const step = nextStep(parsed.choice, parsed.options, state.sequences, state.random);
  if (!step.ok) {
    const wait: Pairs = step.retryAfterSeconds === undefined ? [] : [["Retry-After", String(step.retryAfterSeconds)]];
    answerWithProblem(response, step.code, step.detail, wait);
    return;
  }
  const served = knownStatus(step.code);
  const { options } = step;
  if (served.code === 101 && protocolToSwitchTo(request) === undefined) {
    answerWithProblem(
      response,
      400,
      "101 Switching Protocols answers only an HTTP/1.1 request other than HEAD that asks to switch protocols (Connection: Upgrade and an Upgrade header, such as Upgrade: websocket); the connection closes after it",
    );
    return;
  }
  const delayed = isDelayed(options);
  if (!delayed && !options.abort && served.code >= 200) {
    sendFinal(request, response, served, options, echoed);
    return;
  }
  // The rest write on the connection itself or hold it, so each waits for
  // the responses before it, as Node makes a final response wait.
  whenConnectionIsFree(response, state, connection, () =>
    respondOnConnection(request, response, served, options, echoed, state, connection),
  );
}

/**
 * Runs `respond` once the response has its connection: at once, or when the
 * responses pipelined before it are done. A request past the queue limits
 * gets a 503 instead; like every final answer, Node keeps it in order and
 * stops reading a connection whose answers pile up.
 */
function whenConnectionIsFree(
  response: ServerResponse,
  state: ServerState,
  connection: Connection,
  respond: () => void,
): void {
  if (response.socket !== null) {
    respond();
    return;
  }
  const full =
    connection.queued >= serveLimits.maximumQueuedPerConnection
      ? `${connection.queued} requests on this connection already wait for the responses before them; the limit is ${serveLimits.maximumQueuedPerConnection}`
      : state.queuedResponses >= serveLimits.maximumQueuedResponses
        ? `${state.queuedResponses} pipelined requests already wait for the responses before them; the limit is ${serveLimits.maximumQueuedResponses}`
        : undefined;
  if (full !== undefined) {
    answerWithProblem(response, 503, full, [["Retry-After", "1"]]);
    return;
  }
  connection.queued++;
  state.queuedResponses++;
  const release = () => {
    connection.queued--;
    state.queuedResponses--;
    connection.onClose.delete(abandon);
    response.off("socket", start);
  };
  const start = () => {
    release();
    guarded(response, respond);
  };
  const abandon = () => release();
  response.once("socket", start);
  connection.onClose.add(abandon);
}

/** Whether a response waits before or while it sends: a sleep, a sleep after the headers, or a dribble. */
function isDelayed(options: ResponseOptions): boolean {
  return options.sleep > 0 || options.sleepAfterHeaders > 0 || options.dribble;
}

/** Answers a request whose response has its connection: a 101, a reset, or the slow path. */
function respondOnConnection(
  request: IncomingMessage,
  response: ServerResponse,
  served: ServedStatus,
  options: ResponseOptions,
  echoed: EchoedHeaders | undefined,
  state: ServerState,
  connection: Connection,
): void {
  if (served.code === 101) {
    connection.switchedBy = response;
    switchProtocols(request, response, served);
    return;
  }
  const delayed = isDelayed(options);
  if (!delayed && served.code >= 200) {
    sendFinal(request, response, served, options, echoed);
    return;
  }
  let release = (): void => {};
  if (delayed) {
    if (state.delayedResponses >= serveLimits.maximumDelayedResponses) {
      answerWithProblem(
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

/** The status a server always knows, for its own answers (400, 413, 503...). */
function knownStatus(code: number): ServedStatus {
  return servedStatus(code) as ServedStatus;
}

function writeHead(response: ServerResponse, status: ServedStatus, pairs: Pairs): void {
  response.writeHead(status.code, status.phrase, flatHeaders(pairs));
}

/** Answers with a problem document whose `detail` says what went wrong. */
function answerWithProblem(response: ServerResponse, code: number, detail: string, extra: Pairs = []): void {
  const status = knownStatus(code);
  const body = problemBody(code, detail);
  writeHead(response, status, [
    ["Content-Type", body.contentType],
    ["Content-Length", String(body.bytes.length)],
    ...extra,
  ]);
  response.end(body.bytes);
}

/** Reads and discards request content up to the limit; answers 413 (and closes) past it. */
function bodyWithinLimit(request: IncomingMessage, response: ServerResponse): boolean {
  const declared = request.headers["content-length"];
  if (declared === undefined && request.headers["transfer-encoding"] === undefined) return true;
  if (declared !== undefined && Number(declared) > serveLimits.maximumBodyBytes) {
    answerWithProblem(
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

/**
 * The protocol a request asks to switch to, if it may: the first one its
 * Upgrade header offers (a name and an optional version, each a token), and
 * only when the request announces it as a connection option, as RFC 9110,
 * Section 7.8 has senders do. An HTTP/1.0 request's Upgrade is ignored, as
 * that section requires. A HEAD asks for the headers of a GET, so it gets
 * them, never a connection in another protocol.
 */
function protocolToSwitchTo(request: IncomingMessage): string | undefined {
  if (request.httpVersion !== "1.1" || request.method === "HEAD" || !asksToUpgrade(request)) return undefined;
  const requested = request.headers.upgrade?.split(",")[0]?.trim() ?? "";
  const [name = "", version, ...rest] = requested.split("/");
  if (!isToken(name) || (version !== undefined && !isToken(version)) || rest.length > 0) return undefined;
  return requested;
}

/** Whether a request carries Upgrade and names it as a connection option, as Node's parser reads it. */
function asksToUpgrade(request: IncomingMessage): boolean {
  if (request.headers.upgrade === undefined) return false;
  const options = request.headers.connection?.split(",") ?? [];
  return options.some((option) => option.trim().toLowerCase() === "upgrade");
}

/**
 * 101 is not an interim response like the others: after it the connection
 * speaks another protocol, the one named in its Upgrade header (RFC 9110,
 * Section 15.2.2). So it answers only a request that asks to switch, and the
 * connection closes after it, since this server speaks no other protocol.
 */
function switchProtocols(request: IncomingMessage, response: ServerResponse, served: ServedStatus): void {
  const protocol = protocolToSwitchTo(request) as string;
  response.socket?.end(`HTTP/1.1 101 ${served.phrase}\r\nConnection: Upgrade\r\nUpgrade: ${protocol}\r\n\r\n`);
}

/** The body and header pairs of a final response, before they are written. */
function finalResponse(
  request: IncomingMessage,
  served: ServedStatus,
  options: ResponseOptions,
  echoed: EchoedHeaders | undefined,
): { readonly body: ResponseBody | undefined; readonly pairs: Pairs } {
  const format = negotiateBodyFormat(request.headers.accept);
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
  return { body: request.method === "HEAD" ? undefined : body, pairs };
}

/** Header lists of plain requests (no query, no echo), built once per code and body format. */
const plainHeaders = new Map<string, string[]>();

/** The fast path: a final status, no waiting. */
function sendFinal(
  request: IncomingMessage,
  response: ServerResponse,
  served: ServedStatus,
  options: ResponseOptions,
  echoed: EchoedHeaders | undefined,
): void {
  // Most requests are a bare `/404`: their headers are the same every time,
  // unless the code carries a header with the time in it (Expires).
  if (options === defaultOptions && echoed === undefined && !served.headers.includes("Expires")) {
    const format = negotiateBodyFormat(request.headers.accept);
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
function resetAfterHeaders(response: ServerResponse): void {
  response.flushHeaders();
  const socket = response.socket;
  if (socket === null) response.destroy();
  else socket.write("", () => socket.resetAndDestroy());
}

/** The slow path: a sleep, interim responses, a pause after the headers, a dribbled body. */
async function respondInSteps(
  request: IncomingMessage,
  response: ServerResponse,
  served: ServedStatus,
  options: ResponseOptions,
  echoed: EchoedHeaders | undefined,
  delays: Delays,
  signal: AbortSignal,
): Promise<void> {
  if (options.sleep > 0 && !(await delays.wait(options.sleep, signal))) return;
  let final = served;
  if (served.code < 200) {
    // RFC 9110, Section 15.2: never a 1xx to an HTTP/1.0 client.
    if (request.httpVersion !== "1.0") sendInterim(response, served, options);
    if (signal.aborted) return;
    final = knownStatus(options.finalCode ?? 200);
  }
  const { body, pairs } = finalResponse(request, final, options, echoed);
  writeHead(response, final, pairs);
  if (options.sleepAfterHeaders > 0) {
    response.flushHeaders();
    if (!(await delays.wait(options.sleepAfterHeaders, signal))) return;
  }
  if (options.abort) return resetAfterHeaders(response);
  if (body === undefined) return void response.end();
  if (options.dribble) {
    for (let index = 0; index < body.bytes.length - 1; index++) {
      response.write(body.bytes.subarray(index, index + 1));
      if (!(await delays.wait(serveLimits.dribbleIntervalMilliseconds, signal))) return;
    }
    response.end(body.bytes.subarray(body.bytes.length - 1));
    return;
  }
  response.end(body.bytes);
}

/** Writes a real interim response on the connection, ahead of the final one. */
function sendInterim(response: ServerResponse, served: ServedStatus, options: ResponseOptions): void {
  const socket = response.socket;
  if (socket === null || socket.destroyed) return;
  const lines = [`HTTP/1.1 ${served.code} ${served.phrase}`];
  for (const [name, value] of registryHeaders(served.headers, {
    code: served.code,
    location: options.location ?? "/200",
    bodyLength: 0,
  })) {
    lines.push(`${name}: ${value}`);
  }
  socket.write(`${lines.join("\r\n")}\r\n\r\n`);
}
