import { withProblemResponses } from "./fetch.js";
import type { AdapterOptions } from "./problem-reply.js";

/**
 * Wraps a Next.js App Router route handler (`export const GET = ...` in
 * `route.ts`) so that a thrown {@link HttpError} becomes its problem+json
 * response and anything else a bare 500. Route handlers take a `Request`
 * (Next's `NextRequest` extends it) and a context with the route's params,
 * and return a `Response`, so no Next.js type is needed.
 *
 * @example
 * ```ts
 * import { NotFound, nextRouteHandler } from "statuskit/errors";
 * export const GET = nextRouteHandler(async (request: Request, context: { params: Promise<{ id: string }> }) => {
 *   const { id } = await context.params;
 *   throw new NotFound(`No user ${id}.`);
 * });
 * ```
 */
export function nextRouteHandler<Context = unknown, RequestType extends Request = Request>(
  handler: (request: RequestType, context: Context) => Response | Promise<Response>,
  options?: AdapterOptions,
): (request: RequestType, context: Context) => Promise<Response> {
  return withProblemResponses(handler, options);
}
