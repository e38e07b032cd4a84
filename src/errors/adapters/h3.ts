import type { FetchResponse } from "../fetch-types.js";
import { isHttpError } from "../http-error.js";
import { fetchErrorResponse } from "./fetch.js";
import type { AdapterOptions } from "./problem-reply.js";

/**
 * An h3 2 error handler, for `new H3({ onError })` or h3's `onError(...)`
 * middleware (h3 1 is not covered): h3 hands it an `HTTPError` that wraps
 * what the handler threw; a wrapped {@link HttpError} becomes its
 * problem+json response, h3's own errors (a 404 for an unknown route) keep
 * their status, and anything else is a bare 500 (reported through
 * `options.report`).
 *
 * @example
 * ```ts
 * import { h3ErrorHandler } from "statuskit/errors";
 * // const app = new H3({ onError: h3ErrorHandler() });
 * // app.get("/", () => { throw new NotFound(); });
 * // h3 hands the handler its own HTTPError, with what was thrown as the cause:
 * h3ErrorHandler()({ status: 500, unhandled: true, cause: new NotFound() }, {}).status; // 404
 * ```
 */
export function h3ErrorHandler(options?: AdapterOptions): (error: unknown, event: unknown) => FetchResponse {
  return (error) => fetchErrorResponse(unwrap(error), options);
}

function unwrap(error: unknown): unknown {
  try {
    const cause = (error as { cause?: unknown } | null)?.cause;
    if (!isHttpError(error) && isHttpError(cause)) return cause;
    // h3 wraps a value it did not make in an HTTPError marked `unhandled`:
    // what was thrown is the cause, and h3's copy of its status must not win.
    if ((error as { unhandled?: unknown } | null)?.unhandled === true) return cause ?? error;
  } catch {
    // A hostile error object: treat it as it is.
  }
  return error;
}
