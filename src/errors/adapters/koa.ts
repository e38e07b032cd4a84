import { type AdapterOptions, writeProblem } from "./problem-reply.js";

/** The parts of Koa's context that {@link koaErrorHandler} uses. */
export interface KoaContextLike {
  status: number;
  body: unknown;
  type: string;
  set(headers: Record<string, string>): void;
  remove?(name: string): void;
}

/**
 * A Koa 3 middleware (register it first, with `app.use`): an
 * {@link HttpError} thrown further down becomes its problem+json response,
 * anything else a bare 500 (reported through `options.report`), and Koa's
 * own `ctx.throw` errors keep their status, their headers and their message
 * where Koa exposes it (for 4xx). If Koa refuses a header, the headers set
 * so far are removed and a bare 500 goes out, reported.
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
      const set: string[] = [];
      try {
        writeProblem(error, options, (problem) => {
          for (const name of set.splice(0)) context.remove?.(name);
          context.status = problem.status;
          for (const [name, value] of Object.entries(problem.headers)) {
            context.set({ [name]: value });
            set.push(name);
          }
          context.body = problem.body;
          // After the body: Koa sets text/plain for a string body otherwise.
          context.type = problem.headers["content-type"] as string;
        });
      } catch {
        // Not even the bare 500 could be set: Koa's own handler answers with its plain 500.
        throw new Error("statuskit/errors: the problem response could not be written", { cause: error });
      }
    }
  };
}
