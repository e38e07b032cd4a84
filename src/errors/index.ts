// statuskit/errors: typed HTTP errors, Django REST Framework's exception set,
// RFC 9457 problem details, and adapters for server frameworks.
export * from "./adapters/express.js";
export * from "./adapters/fastify.js";
export * from "./adapters/fetch.js";
export * from "./adapters/h3.js";
export * from "./adapters/hono.js";
export * from "./adapters/koa.js";
export * from "./adapters/next.js";
export * from "./adapters/node-http.js";
export type { AdapterOptions } from "./adapters/problem-reply.js";
export * from "./as-http-error.js";
export * from "./create-http-error.js";
export * from "./drf-exceptions.js";
export { isPortableExtensionName, reservedMemberNames } from "./extension-members.js";
export { HttpError, type HttpErrorOptions, isHttpError, type ProblemExtensions } from "./http-error.js";
export { type HttpErrorStatus, isHttpErrorStatus } from "./http-error-status.js";
export {
  isProblemContentType,
  isProblemDetails,
  PROBLEM_JSON,
  type ProblemDetails,
  parseProblemDetails,
  problemResponse,
  toProblemDetails,
} from "./problem-details.js";
export {
  type HeaderRequiredStatus,
  headerRequiredStatuses,
  type RequiredHeaderName,
  type RequiredHeaders,
  type RequiredHeaderValue,
  type UnsatisfiedRange,
  unsatisfiedRange,
} from "./required-headers.js";
export * from "./retry-after.js";
