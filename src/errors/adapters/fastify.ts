import { type AdapterOptions, problemReply } from "./problem-reply.js";

/** The parts of Fastify's `reply` that {@link fastifyErrorHandler} uses. */
export interface FastifyReplyLike {
  code(status: number): FastifyReplyLike;
  headers(headers: Record<string, string>): FastifyReplyLike;
  send(payload: string): unknown;
}

/**
 * A Fastify 5 error handler, for `app.setErrorHandler(...)`: a thrown
 * {@link HttpError} becomes its problem+json response, anything else a bare
 * 500 (reported through `options.report`). Fastify's own errors (a body that
 * is not JSON, an unsupported content type, a schema validation failure)
 * keep their 4xx status, without their message.
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
    const problem = problemReply(error, options);
    return reply.code(problem.status).headers(problem.headers).send(problem.body);
  };
}
