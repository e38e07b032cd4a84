import type { ProblemDetails } from "../errors/problem-details.js";

/**
 * The problem details document (RFC 9457) for a status: type `about:blank`,
 * the status's phrase as the title, and a `detail` when there is more to say.
 * Every problem+json body the server sends is built here, and only here.
 *
 * Not `toProblemDetails` from statuskit/errors: that takes an `HttpError`,
 * whose statuses are the registered 4xx and 5xx codes, and the server also
 * answers unofficial ones (499, 522) with their labelled phrase.
 */
export function problemDocument(status: number, title: string, detail?: string): ProblemDetails {
  return detail === undefined ? { type: "about:blank", title, status } : { type: "about:blank", title, status, detail };
}
