import type { FetchResponse } from "../fetch-types.js";
import { fetchErrorResponse } from "./fetch.js";
import type { AdapterOptions } from "./problem-reply.js";

/**
 * A Hono error handler, for `app.onError(...)`: a thrown {@link HttpError}
 * becomes its problem+json response, anything else a bare 500 (reported
 * through `options.report`). Hono's own `HTTPException` keeps its status.
 *
 * @example
 * ```ts
 * import { honoErrorHandler } from "statuskit/errors";
 * // app.get("/", () => { throw new NotFound(); });
 * // app.onError(honoErrorHandler());
 * honoErrorHandler()(new NotFound(), {}).status; // 404
 * ```
 */
export function honoErrorHandler(options?: AdapterOptions): (error: unknown, context: unknown) => FetchResponse {
  return (error) => fetchErrorResponse(error, options);
}
