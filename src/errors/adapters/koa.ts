import { type AdapterOptions, problemReply } from "./problem-reply.js";

/** The parts of Koa's context that {@link koaErrorHandler} uses. */
export interface KoaContextLike {
  status: number;
  body: unknown;
  type: string;
  set(headers: Record<string, string>): void;
}

/**
 * A Koa 3 middleware (register it first, with `app.use`): an
 * {@link HttpError} thrown further down becomes its problem+json response,
 * anything else a bare 500 (reported through `options.report`), and Koa's
 * own `ctx.throw` errors keep their status (and their message where Koa
 * exposes it, for 4xx).
 *
 * @example
 * ```ts
 * import { koaErrorHandler } from "statuskit/errors";
 * // app.use(koaErrorHandler());
 * // app.use(() => { throw new NotFound(); });
 * const context = { status: 200, body: undefined as unknown, type: "", set: () => {} };
 * await koaErrorHandler()(context, async () => { throw new NotFound(); });
 * context.status; // 404
 * context.type; // "application/problem+json"
 * ```
 */
export function koaErrorHandler(
  options?: AdapterOptions,
): (context: KoaContextLike, next: () => Promise<unknown>) => Promise<void> {
  return async (context, next) => {
    try {
      await next();
    } catch (error) {
      const problem = problemReply(error, options);
      context.status = problem.status;
      context.set(problem.headers);
      context.body = problem.body;
      // After the body: Koa sets text/plain for a string body otherwise.
      context.type = problem.headers["content-type"] as string;
    }
  };
}
