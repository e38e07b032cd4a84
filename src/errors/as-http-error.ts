import { headerFault } from "./header-fields.js";
import { HttpError, isHttpError } from "./http-error.js";
import { isHttpErrorStatus } from "./http-error-status.js";
import { hasRequiredForm } from "./required-headers.js";

/**
 * Any thrown value as an {@link HttpError}, for error handlers. An
 * `HttpError` is returned as it is. An error from another library that
 * carries an integer `status` or `statusCode` from 400 to 599 (http-errors
 * and so Express and Koa's `ctx.throw`, Fastify and @fastify/sensible, body
 * parsers, Hono's `HTTPException`) keeps that status, registered or not
 * (401, 499), its `expose` (by default true below 500), its message where it
 * is exposed, and those of its headers that an `HttpError` can carry (a bad
 * or framing header is left out). A status that requires a header it lacks
 * (a 401 without `WWW-Authenticate`) still answers with that status: RFC
 * 9110 gives none of those headers a default, so the response goes without.
 * Everything else is a 500 that tells the client nothing, with the original
 * value as its `cause`. Never throws.
 *
 * What decides what the client sees (`status`, `statusCode`, `expose`,
 * `message`) is read from the value itself or its class (where http-errors
 * puts `status` and `expose`), and `headers` from the value itself, never from `Error.prototype` or
 * `Object.prototype`, so that a polluted prototype cannot expose messages.
 *
 * @example
 * ```ts
 * import { asHttpError } from "statuskit/errors";
 * asHttpError(new Error("database password is hunter2")).status; // 500
 * asHttpError(new Error("database password is hunter2")).detail; // undefined
 * asHttpError(Object.assign(new Error("Bad JSON"), { status: 400 })).detail; // "Bad JSON"
 * asHttpError(Object.assign(new Error("Client went away"), { status: 499 })).title; // "Client Closed Request"
 * ```
 */
export function asHttpError(value: unknown): HttpError {
  if (isHttpError(value)) return value;
  try {
    const ownStatus = memberOf(value, "status");
    const status = isHttpErrorStatus(ownStatus) ? ownStatus : memberOf(value, "statusCode");
    if (isHttpErrorStatus(status)) {
      const given = memberOf(value, "expose");
      const expose = typeof given === "boolean" ? given : status < 500;
      const message = memberOf(value, "message");
      return new HttpError(status, {
        detail: expose && typeof message === "string" ? message : undefined,
        headers: sendableHeaders(
          status,
          Object.hasOwn(value as object, "headers") ? (value as { headers: unknown }).headers : undefined,
        ),
        expose,
        cause: value,
      });
    }
  } catch {
    // Not a usable status and headers: fall through to a plain 500.
  }
  return new HttpError(500, { cause: value });
}

/** The own entries of a headers record that an error with `status` can carry, numbers written as digits. */
function sendableHeaders(status: number, headers: unknown): Record<string, string> | undefined {
  if (typeof headers !== "object" || headers === null || Array.isArray(headers)) return undefined;
  const sendable: Record<string, string> = Object.create(null);
  for (const [name, given] of Object.entries(headers)) {
    const value = typeof given === "number" && Number.isFinite(given) ? String(given) : given;
    if (headerFault(status, name, value) === undefined) sendable[name.toLowerCase()] = value as string;
  }
  // A 416's Content-Range that is not an unsatisfied range would contradict the status.
  if (!hasRequiredForm(status, sendable)) delete sendable["content-range"];
  return sendable;
}

// Prototypes whose members are everyone's: a name added to one of them must
// not turn every thrown error into an exposed 4xx.
const sharedPrototypes: ReadonlySet<object> = /* @__PURE__ */ new Set([
  Object.prototype,
  Error.prototype,
  TypeError.prototype,
  RangeError.prototype,
  SyntaxError.prototype,
  ReferenceError.prototype,
  EvalError.prototype,
  URIError.prototype,
]);

/**
 * A member of `value` or of a prototype it inherits from up to the built-in
 * ones: http-errors puts `status` and `expose` on its classes' prototypes,
 * while `Error.prototype` and `Object.prototype` belong to everyone.
 */
function memberOf(value: unknown, name: string): unknown {
  if (typeof value !== "object" || value === null) return undefined;
  for (let holder: object | null = value; holder !== null && !sharedPrototypes.has(holder); ) {
    if (Object.hasOwn(holder, name)) return (value as Record<string, unknown>)[name];
    holder = Object.getPrototypeOf(holder);
  }
  return undefined;
}
