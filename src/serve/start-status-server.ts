/// <reference types="node" />
import { randomInt, randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { createDelays, createRequestHandler, type ServerState } from "./handle-request.js";
import { serveLimits } from "./limits.js";
import { seededRandom, servedStatus } from "./request-target.js";
import { problemBody } from "./response-body.js";
import { stepsOf } from "./sequence-steps.js";
import { createSequenceStore } from "./sequences.js";

/** One answered request, as the server reports it to `onRequest`. */
export interface RequestRecord {
  /** The request method, such as `GET`. */
  readonly method: string;
  /** The request target as sent (path and query), cut to 200 characters. */
  readonly target: string;
  /** The final status sent; 0 when the connection ended before one was. */
  readonly status: number;
  /** From the request's arrival to the end of its connection's use of it, to a hundredth of a millisecond. */
  readonly milliseconds: number;
}

/** How to start a status server; every field is optional. */
export interface StatusServerOptions {
  /** The port to listen on; 0 (the default) lets the system pick a free one, so test files can run in parallel. */
  readonly port?: number;
  /** The address to listen on: `127.0.0.1` by default. Anything else exposes the server beyond this machine. */
  readonly host?: string;
  /** Makes every random choice (`/status/200,500`, `/random/500-504`) repeat from run to run: an integer from 0 to 4294967295. */
  readonly seed?: number;
  /** Called once for each request, when its connection is done with it. */
  readonly onRequest?: (record: RequestRecord) => void;
}

/** A running status server. */
export interface StatusServer {
  /** Where it listens, such as `http://127.0.0.1:40123`, without a trailing slash. */
  readonly url: string;
  /** The port it listens on: the one given, or the one the system picked for port 0. */
  readonly port: number;
  /** The seed of its random choices: the one given, or the one it drew (pass it back to replay a run). */
  readonly seed: number;
  /**
   * The URL of a `/sequence/` that answers `steps` in order, the last one
   * repeating, under a key no other call gives: so tests that run in
   * parallel against one server never share a run by accident.
   *
   * Each step is a code (`503`), or a plain code route without its slash,
   * with the query options that step alone takes: `"503?sleep=100"`,
   * `"103?then=200"`, `"200?dribble=1"`. Throws a `RangeError` for a step a
   * plain route would refuse (its message says why), for more than
   * `serveLimits.maximumCodesInList` steps, and when
   * `serveLimits.maximumSequenceKeys` keys are live.
   *
   * @example
   * ```ts
   * import { startStatusServer } from "statuskit/serve";
   * const server = await startStatusServer();
   * const url = server.sequenceUrl([503, "503?sleep=10", 200]);
   * const codes: number[] = [];
   * for (let request = 0; request < 4; request++) codes.push((await fetch(url)).status);
   * codes; // [503, 503, 200, 200]
   * await server.close();
   * ```
   */
  sequenceUrl(steps: readonly (number | string)[]): string;
  /** Stops it: cancels waiting responses, closes every connection, and resolves when it is closed. */
  close(): Promise<void>;
}

/**
 * Starts a local HTTP server that answers any status code the way the
 * standard describes it, for testing HTTP clients offline: `/404`,
 * `/503?sleep=2000`, httpbin's `/status/200:0.9,500:0.1`, httpstat.us's
 * `/random/500-504`, real 1xx interim responses, content negotiation and
 * header echo (see the README for every route and option).
 *
 * Rejects with a `RangeError` for an invalid port or seed, and with the
 * system's error when it cannot listen.
 *
 * @example
 * ```ts
 * import { startStatusServer } from "statuskit/serve";
 * const server = await startStatusServer();
 * const response = await fetch(`${server.url}/429`);
 * response.status; // 429
 * response.headers.get("retry-after"); // "1"
 * await server.close();
 * ```
 */
export async function startStatusServer(given: StatusServerOptions = {}): Promise<StatusServer> {
  // Own members only: a `host` or `onRequest` inherited from a polluted
  // Object.prototype must not expose the server or its log.
  const options: StatusServerOptions = Object.assign(Object.create(null), given);
  const port = options.port ?? 0;
  const host = options.host ?? "127.0.0.1";
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new RangeError(`port must be an integer from 0 to 65535, not ${String(port)}`);
  }
  if (
    options.seed !== undefined &&
    !(Number.isInteger(options.seed) && options.seed >= 0 && options.seed <= 0xffffffff)
  ) {
    throw new RangeError(`seed must be an integer from 0 to 4294967295, not ${String(options.seed)}`);
  }
  const seed = options.seed ?? randomInt(0xffffffff);
  const state: ServerState = {
    random: seededRandom(seed),
    sequences: createSequenceStore({
      maximumKeys: serveLimits.maximumSequenceKeys,
      idleMilliseconds: serveLimits.sequenceIdleMilliseconds,
    }),
    delays: createDelays(),
    delayedResponses: 0,
    onRequest: options.onRequest,
  };
  const server = createServer(
    {
      maxHeaderSize: serveLimits.maximumHeaderBytes,
      headersTimeout: serveLimits.headersTimeoutMilliseconds,
      requestTimeout: serveLimits.headersTimeoutMilliseconds * 3,
    },
    createRequestHandler(state),
  );
  server.on("clientError", answerClientError);

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;
  const url = `http://${shownHost}:${address.port}`;
  // A random prefix keeps keys apart across servers, the count within one.
  const keyPrefix = randomUUID().slice(0, 8);
  let keysGiven = 0;
  return {
    url,
    port: address.port,
    seed,
    sequenceUrl(steps) {
      const parsed = stepsOf(steps);
      const key = `${keyPrefix}-${++keysGiven}`;
      if (!state.sequences.register(key, parsed)) {
        throw new RangeError(
          `${serveLimits.maximumSequenceKeys} sequence keys are live, the limit; a key is let go ${serveLimits.sequenceIdleMilliseconds / 1000} s after its last request`,
        );
      }
      return `${url}/sequence/${parsed.map((step) => step.code).join(",")}?key=${key}`;
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        state.delays.cancelAll();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

/**
 * Answers what Node's parser refused (a malformed request, headers too large)
 * with a problem document instead of its bare default, then closes.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  // As Node's own default does: no answer in the middle of a response that
  // has started on this connection (a pipelined request after it was bad),
  // since it would corrupt that response.
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } | null })._httpMessage;
  if (error.code === "ECONNRESET" || !socket.writable || inFlight?.headersSent === true) {
    socket.destroy();
    return;
  }
  const code = error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
  const phrase = servedStatus(code)?.phrase ?? "";
  const detail =
    code === 431
      ? `the request headers are larger than ${serveLimits.maximumHeaderBytes} bytes`
      : code === 408
        ? "the request did not arrive in time"
        : `the request is not valid HTTP/1.1 (${error.code ?? "parse error"})`;
  const body = problemBody(code, detail);
  socket.end(
    `HTTP/1.1 ${code} ${phrase}\r\nContent-Type: ${body.contentType}\r\nContent-Length: ${body.bytes.length}\r\n` +
      `Access-Control-Allow-Origin: *\r\nConnection: close\r\n\r\n${body.bytes.toString("utf8")}`,
  );
}
