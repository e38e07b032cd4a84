import type { FetchResponse } from "../fetch-types.js";
import { responseOf } from "../problem-details.js";
import { type AdapterOptions, writeProblem } from "./problem-reply.js";

/**
 * Wraps a fetch handler (`Bun.serve`, `Deno.serve`, Cloudflare Workers,
 * service workers, anything that maps a `Request` to a `Response`) so that a
 * thrown {@link HttpError} becomes its problem+json response, and anything
 * else a bare 500 (reported through `options.report`, by default
 * `console.error`).
 *
 * @example
 * ```ts
 * import { NotFound, fetchErrorHandler } from "statuskit/errors";
 * const handler = fetchErrorHandler(async (request: Request) => {
 *   throw new NotFound(`Nothing at ${new URL(request.url).pathname}.`);
 * });
 * const response = await handler(new Request("https://example.com/x"));
 * response.status; // 404
 * response.headers.get("content-type"); // "application/problem+json"
 * ```
 */
export function fetchErrorHandler<Arguments extends unknown[]>(
  handler: (...parameters: Arguments) => FetchResponse | Promise<FetchResponse>,
  options?: AdapterOptions,
): (...parameters: Arguments) => Promise<FetchResponse> {
  const wrapped = async (...parameters: Arguments) => {
    try {
      return await handler(...parameters);
    } catch (thrown) {
      return fetchErrorResponse(thrown, options);
    }
  };
  // The same arity as the handler: Deno.serve builds no Request for a handler
  // that declares no parameters, and other servers read `length` too.
  return Object.defineProperty(wrapped, "length", { value: handler.length });
}

/**
 * The problem+json `Response` for any thrown value: an {@link HttpError} as
 * it is, anything else as a bare 500 (reported through `options.report`).
 * Never throws: if the response cannot be made (a header fetch refuses, on
 * an error made by an older copy of statuskit), it is a bare 500 and
 * `report` hears why.
 *
 * @example
 * ```ts
 * import { fetchErrorResponse } from "statuskit/errors";
 * const response = fetchErrorResponse(new Error("secret"), { report: () => {} });
 * response.status; // 500
 * ```
 */
export function fetchErrorResponse(thrown: unknown, options?: AdapterOptions): FetchResponse {
  // new Response refuses a header fetch cannot carry: then writeProblem sends the bare 500.
  return writeProblem(thrown, options, (reply) => responseOf(reply.status, reply.headers, reply.body));
}
