/** An RFC 9457 problem details document, as the server sends it with `application/problem+json`. */
export interface ProblemDocument {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
}

/**
 * The problem details document (RFC 9457) for a status: type `about:blank`,
 * the status's phrase as the title, and a `detail` when there is more to say.
 * Every problem+json body the server sends is built here, and only here.
 */
export function problemDocument(status: number, title: string, detail?: string): ProblemDocument {
  return detail === undefined ? { type: "about:blank", title, status } : { type: "about:blank", title, status, detail };
}
