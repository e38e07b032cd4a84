import { problemResponseFor } from "./fetch.js";
import type { AdapterOptions } from "./problem-reply.js";

/**
 * A Hono error handler, for `app.onError(...)`: a thrown {@link HttpError}
 * becomes its problem+json response, anything else a bare 500 (reported
 * through `options.report`). Hono's own `HTTPException` keeps its status.
 *
 * @example
 * ```ts
 * import { Hono } from "hono";
 * import { NotFound, honoErrorHandler } from "statuskit/errors";
 * const app = new Hono();
 * app.get("/", () => { throw new NotFound(); });
 * app.onError(honoErrorHandler());
 * ```
 */
export function honoErrorHandler(options?: AdapterOptions): (error: unknown, context: unknown) => Response {
  return (error) => problemResponseFor(error, options);
}
