import { type NodeResponseLike, nodeErrorResponse } from "./node-http.js";
import type { AdapterOptions } from "./problem-reply.js";

/**
 * An Express 5 error-handling middleware (register it last, with
 * `app.use`): a thrown or `next(error)`-passed {@link HttpError} becomes its
 * problem+json response, anything else a bare 500 (reported through
 * `options.report`). Errors of Express's own body parsers keep their 4xx
 * status. When the response has already started, the error goes on to
 * Express's default handler, as Express asks.
 *
 * @example
 * ```ts
 * import { expressErrorHandler } from "statuskit/errors";
 * // app.get("/users/:id", (request) => { throw new NotFound(`No user ${request.params.id}.`); });
 * // app.use(expressErrorHandler());
 * expressErrorHandler().length; // 4: Express knows an error handler by its four parameters
 * ```
 */
export function expressErrorHandler(
  options?: AdapterOptions,
): (error: unknown, request: unknown, response: NodeResponseLike, next: (error?: unknown) => void) => void {
  // Four parameters: Express tells error handlers apart by their length.
  return (error, _request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    nodeErrorResponse(response, error, options);
  };
}
