import { HttpError, type HttpErrorOptions } from "./http-error.js";
import type { HttpErrorStatus } from "./http-error-status.js";

/**
 * The commonest http-errors call forms, for code moving from
 * `createError(status, message?, properties?)`: a status, then a detail or
 * an `Error` that caused this one, then options. Unlike http-errors, an
 * unknown or non-error status is a `TypeError` rather than a quiet 500, and
 * a status in {@link headerRequiredStatuses} needs its header in
 * `options.headers`.
 *
 * @example
 * ```ts
 * import { createHttpError } from "statuskit/errors";
 * createHttpError(404).message; // "Not Found"
 * createHttpError(400, "Missing name").detail; // "Missing name"
 * createHttpError(502, new Error("upstream timed out")).expose; // false
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
