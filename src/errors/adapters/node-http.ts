import { errorPhrase } from "../http-error-status.js";
import { type AdapterOptions, problemReply, writeProblem } from "./problem-reply.js";

/**
 * The parts of `node:http`'s `ServerResponse` that {@link nodeErrorResponse} uses,
 * so that no Node.js module is loaded (Express's and Koa's responses have them too).
 */
export interface NodeResponseLike {
  readonly headersSent: boolean;
  writeHead(status: number, reason: string, headers: Record<string, string | number>): unknown;
  end(body?: string): unknown;
  destroy?(error?: Error): unknown;
}

/**
 * Answers a `node:http` response with the problem+json response of any thrown
 * value: an {@link HttpError} as it is, anything else a bare 500 (reported
 * through `options.report`). If the headers have already gone out, the
 * response cannot change any more and is destroyed instead. If the response
 * cannot be written (a header Node refuses, on an error made by an older
 * copy of statuskit), the client gets a bare 500 and `report` hears why;
 * it never throws.
 *
 * @example
 * ```ts
 * import { nodeErrorResponse } from "statuskit/errors";
 * // createServer((request, response) => nodeErrorResponse(response, new NotFound()));
 * const written: unknown[] = [];
 * const response = { headersSent: false, writeHead: (status: number) => written.push(status), end: () => {} };
 * nodeErrorResponse(response, new NotFound());
 * written; // [404]
 * ```
 */
export function nodeErrorResponse(response: NodeResponseLike, thrown: unknown, options?: AdapterOptions): void {
  if (response.headersSent) {
    problemReply(thrown, options);
    response.destroy?.();
    return;
  }
  try {
    writeProblem(thrown, options, (reply) => {
      // The error's phrase, as problemResponse sends: Node's own table has
      // RFC 7231's phrases for some codes ("Payload Too Large" for 413) and
      // none for most unregistered ones.
      response.writeHead(reply.status, errorPhrase(reply.status) ?? "", {
        ...reply.headers,
        "content-length": byteLength(reply.body),
      });
      response.end(reply.body);
    });
  } catch {
    // Not even a bare 500 could be written: end the exchange rather than the process.
    try {
      response.destroy?.();
    } catch {
      // Nothing is left to do with this response.
    }
  }
}

/**
 * Wraps a `node:http` request listener, sync or async, so that what it throws
 * is answered by {@link nodeErrorResponse}.
 *
 * @example
 * ```ts
 * import { nodeErrorHandler } from "statuskit/errors";
 * // createServer(nodeErrorHandler(async (request, response) => {
 * //   if (request.method !== "GET") throw new MethodNotAllowed(request.method ?? "", ["GET"]);
 * //   response.end("hello");
 * // }));
 * const written: unknown[] = [];
 * const response = { headersSent: false, writeHead: (status: number) => written.push(status), end: () => {} };
 * await nodeErrorHandler(() => { throw new MethodNotAllowed("PUT", ["GET"]); })({}, response);
 * written; // [405]
 * ```
 */
export function nodeErrorHandler<RequestType, ResponseType extends NodeResponseLike>(
  listener: (request: RequestType, response: ResponseType) => unknown,
  options?: AdapterOptions,
): (request: RequestType, response: ResponseType) => Promise<void> {
  return async (request, response) => {
    try {
      await listener(request, response);
    } catch (thrown) {
      nodeErrorResponse(response, thrown, options);
    }
  };
}

// The UTF-8 length without Buffer, which only Node has.
function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}
