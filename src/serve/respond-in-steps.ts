/// <reference types="node" />
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Delays } from "./delays.js";
import type { EchoedHeaders } from "./echoed-headers.js";
import { finalResponse, resetAfterHeaders } from "./final-response.js";
import { registryHeaders } from "./header-values.js";
import { serveLimits } from "./limits.js";
import type { ResponseOptions } from "./request-target.js";
import type { ServedStatus } from "./served-status.js";
import { knownStatus, writeHead } from "./write-head.js";

/** The slow path: a sleep, interim responses, a pause after the headers, a dribbled body. */
export async function respondInSteps(
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
    if (request.httpVersion !== "1.0") await sendInterim(response, served, options);
    if (signal.aborted) return;
    final = knownStatus(options.finalCode ?? 200);
    if (final.code === 101) return;
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
async function sendInterim(response: ServerResponse, served: ServedStatus, options: ResponseOptions): Promise<void> {
  // A pipelined request gets its connection only when the responses before it are done.
  const socket =
    response.socket ?? (await new Promise<ServerResponse["socket"]>((resolve) => response.once("socket", resolve)));
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
