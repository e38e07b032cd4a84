import { type AdapterOptions, writeProblem } from "./problem-reply.js";

/** The parts of Fastify's `reply` that {@link fastifyErrorHandler} uses. */
export interface FastifyReplyLike {
  code(status: number): FastifyReplyLike;
  headers(headers: Record<string, string>): FastifyReplyLike;
  send(payload: string): unknown;
  removeHeader?(name: string): unknown;
}

/**
 * A Fastify 5 error handler, for `app.setErrorHandler(...)`: a thrown
 * {@link HttpError} becomes its problem+json response, anything else a bare
 * 500 (reported through `options.report`). Fastify's own errors (a body that
 * is not JSON, an unsupported content type, a schema validation failure)
 * and @fastify/sensible's `httpErrors` keep their 4xx or 5xx status, and a
 * 4xx its message as the detail (see {@link asHttpError}). If the reply cannot be
 * sent, a bare 500 goes out instead, reported.
 *
 * @example
 * ```ts
 * import { fastifyErrorHandler } from "statuskit/errors";
 * // app.setErrorHandler(fastifyErrorHandler());
 * // app.get("/", async () => { throw new Throttled(30); });
 * const sent: unknown[] = [];
 * const reply = { code: (status: number) => (sent.push(status), reply), headers: () => reply, send: () => reply };
 * fastifyErrorHandler()(new Throttled(30), {}, reply);
 * sent; // [429]
 * ```
 */
export function fastifyErrorHandler(
  options?: AdapterOptions,
): (error: unknown, request: unknown, reply: FastifyReplyLike) => unknown {
  return (error, _request, reply) => {
    const set: string[] = [];
    return writeProblem(error, options, (problem) => {
      for (const name of set.splice(0)) reply.removeHeader?.(name);
      set.push(...Object.keys(problem.headers));
      return reply.code(problem.status).headers(problem.headers).send(problem.body);
    });
  };
}
