import type { FetchRequest, FetchResponse } from "../fetch-types.js";
import { fetchErrorHandler } from "./fetch.js";
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
 * import { NotFound, nextErrorHandler } from "statuskit/errors";
 * // In app/users/[id]/route.ts: export const GET = nextErrorHandler(...)
 * const GET = nextErrorHandler(async (request: Request, context: { params: Promise<{ id: string }> }) => {
 *   const { id } = await context.params;
 *   throw new NotFound(`No user ${id}.`);
 * });
 * (await GET(new Request("https://example.com/users/7"), { params: Promise.resolve({ id: "7" }) })).status; // 404
 * ```
 */
export function nextErrorHandler<Context = unknown, RequestType extends FetchRequest = FetchRequest>(
  handler: (request: RequestType, context: Context) => FetchResponse | Promise<FetchResponse>,
  options?: AdapterOptions,
): (request: RequestType, context: Context) => Promise<FetchResponse> {
  return fetchErrorHandler(handler, options);
}
