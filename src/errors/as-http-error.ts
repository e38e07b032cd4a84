import { HttpError, isHttpError } from "./http-error.js";
import { isHttpErrorStatus } from "./http-error-status.js";

/**
 * Any thrown value as an {@link HttpError}, for error handlers: an
 * `HttpError` is returned as it is; an error from another library that
 * carries a 4xx or 5xx `status` or `statusCode` (http-errors, body parsers,
 * Fastify, Hono's `HTTPException`) keeps its status and its headers, and its
 * message only if it says `expose: true` (as http-errors does for 4xx); where
 * that cannot make a valid error (a 401 without `WWW-Authenticate`), and for
 * everything else, the result is a 500 that tells the client nothing, with
 * the original value as its `cause`. Never throws.
 *
 * @example
 * ```ts
 * import { asHttpError } from "statuskit/errors";
 * asHttpError(new Error("database password is hunter2")).status; // 500
 * asHttpError(new Error("database password is hunter2")).detail; // undefined
 * asHttpError(Object.assign(new Error("Bad JSON"), { status: 400, expose: true })).detail; // "Bad JSON"
 * ```
 */
export function asHttpError(value: unknown): HttpError {
  if (isHttpError(value)) return value;
  try {
    const foreign = {
      status: memberOf(value, "status"),
      statusCode: memberOf(value, "statusCode"),
      expose: memberOf(value, "expose"),
      message: memberOf(value, "message"),
      headers: memberOf(value, "headers"),
    };
    const status = isHttpErrorStatus(foreign.status) ? foreign.status : foreign.statusCode;
    if (isHttpErrorStatus(status)) {
      const exposed = foreign.expose === true && status < 500 && typeof foreign.message === "string";
      return new HttpError(status, {
        detail: exposed ? (foreign.message as string) : undefined,
        headers: plainHeaders(foreign.headers),
        cause: value,
      });
    }
  } catch {
    // Not a usable status and headers: fall through to a plain 500.
  }
  return new HttpError(500, { cause: value });
}

/** String-valued own entries of a plain record, or undefined. */
function plainHeaders(headers: unknown): Record<string, string> | undefined {
  if (typeof headers !== "object" || headers === null || Array.isArray(headers)) return undefined;
  const strings: Record<string, string> = Object.create(null);
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value === "string") strings[name] = value;
    else if (typeof value === "number") strings[name] = String(value);
  }
  return strings;
}

/**
 * A member of `value` or of a prototype it inherits from, but not one that
 * only `Object.prototype` has: http-errors puts `status` and `expose` on its
 * classes' prototypes, while a name added to `Object.prototype` must not turn
 * every thrown `Error` into an exposed 4xx.
 */
function memberOf(value: unknown, name: string): unknown {
  if (typeof value !== "object" || value === null) return undefined;
  for (let holder: object | null = value; holder !== null && holder !== Object.prototype; ) {
    if (Object.hasOwn(holder, name)) return (value as Record<string, unknown>)[name];
    holder = Object.getPrototypeOf(holder);
  }
  return undefined;
}
