import { HttpError, type HttpErrorOptions } from "./http-error.js";
import type { HttpErrorStatus } from "./http-error-status.js";

/**
 * An {@link HttpError} from a status known only at run time, or in the
 * http-errors call forms, for code moving from
 * `createError(status, message?, properties?)`: a status, then a detail or
 * an `Error` that caused this one, then options. It compiles with a
 * `status: number` and succeeds for every integer from 400 to 599 (499,
 * 599, a 405 without `Allow`), as http-errors does; anything else is a
 * `TypeError` rather than http-errors' quiet 500. A literal status is typed
 * as `new HttpError` types it.
 *
 * @example
 * ```ts
 * import { createHttpError } from "statuskit/errors";
 * createHttpError(404).message; // "Not Found"
 * createHttpError(400, "Missing name").detail; // "Missing name"
 * createHttpError(502, new Error("upstream timed out")).expose; // false
 * const code: number = 499;
 * createHttpError(code).title; // "Client Closed Request"
 * ```
 */
export function createHttpError<Status extends HttpErrorStatus>(
  status: Status,
  detail?: string | Error,
  options?: HttpErrorOptions,
): HttpError<Status>;
export function createHttpError(status: number, detail?: string | Error, options?: HttpErrorOptions): HttpError;
export function createHttpError(status: number, detail?: string | Error, options?: HttpErrorOptions): HttpError {
  const cause = detail instanceof Error ? { cause: detail } : undefined;
  return new HttpError<HttpErrorStatus>(status as HttpErrorStatus, typeof detail === "string" ? detail : undefined, {
    ...cause,
    ...options,
  });
}
