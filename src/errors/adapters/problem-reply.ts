import { asHttpError } from "../as-http-error.js";
import { HttpError } from "../http-error.js";
import { PROBLEM_JSON, toProblemDetails } from "../problem-details.js";

/** What the adapters take: how to report errors that reach them. */
export interface AdapterOptions {
  /**
   * Called with every error that becomes a 5xx response, so that what the
   * client is not told reaches a log. By default `console.error` of the
   * error's cause (the value thrown), or of the error itself.
   */
  readonly report?: ((error: HttpError) => void) | undefined;
}

/** A problem response in the terms every framework can send: status, headers and a JSON body. */
export interface ProblemReply {
  readonly error: HttpError;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** The reply for any thrown value, reporting it first if it becomes a 5xx. */
export function problemReply(thrown: unknown, options: AdapterOptions | undefined): ProblemReply {
  let error = asHttpError(thrown);
  let body: string;
  try {
    body = JSON.stringify(toProblemDetails(error));
  } catch {
    // An extension JSON cannot write (a cycle, a BigInt) must not turn the
    // error handler into a crash: the client gets a plain 500 instead.
    error = new HttpError(500, { cause: error });
    body = JSON.stringify(toProblemDetails(error));
  }
  if (error.status >= 500) {
    try {
      (options?.report ?? defaultReport)(error);
    } catch {
      // A failing logger must not stop the response.
    }
  }
  return {
    error,
    status: error.status,
    headers: { ...error.headers, "content-type": PROBLEM_JSON },
    body,
  };
}

function defaultReport(error: HttpError): void {
  console.error(error.cause ?? error);
}
