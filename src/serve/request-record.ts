/** One answered request, as the server reports it to `onRequest`. */
export interface RequestRecord {
  readonly method: string;
  /** The request target as sent (path and query), cut to 200 characters. */
  readonly target: string;
  /** The final status sent; 0 when the connection ended before one was. */
  readonly status: number;
  readonly milliseconds: number;
}
