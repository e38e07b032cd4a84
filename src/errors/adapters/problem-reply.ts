import { asHttpError } from "../as-http-error.js";
import { HttpError } from "../http-error.js";
import { PROBLEM_JSON, toProblemDetails } from "../problem-details.js";

/** What the adapters take: how to report errors that reach them. */
export interface AdapterOptions {
  /**
   * Called with every error that becomes a 5xx response, so that what the
   * client is not told reaches a log, and with a 500 whose `cause` says why
   * when a response could not be written and a bare 500 went out instead.
   * By default `console.error` of the error's cause (the value thrown), or
   * of the error itself.
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
  if (error.status >= 500) report(error, options);
  return replyFor(error, body);
}

/**
 * Writes the reply for `thrown` with `write`; if that throws (a header the
 * framework refuses, from an error no check saw), reports why and writes a
 * bare 500 with `write` instead. What the second write throws, the adapter
 * handles.
 */
export function writeProblem<Result>(
  thrown: unknown,
  options: AdapterOptions | undefined,
  write: (reply: ProblemReply) => Result,
): Result {
  const reply = problemReply(thrown, options);
  try {
    return write(reply);
  } catch (failure) {
    report(
      new HttpError(500, { detail: `The ${reply.status} response could not be written.`, cause: failure }),
      options,
    );
    return write(bareReply());
  }
}

/** The 500 with nothing in it but its status, for when nothing better can be sent. */
export function bareReply(): ProblemReply {
  const error = new HttpError(500);
  return replyFor(error, JSON.stringify(toProblemDetails(error)));
}

function replyFor(error: HttpError, body: string): ProblemReply {
  return { error, status: error.status, headers: { ...error.headers, "content-type": PROBLEM_JSON }, body };
}

function report(error: HttpError, options: AdapterOptions | undefined): void {
  try {
    (options?.report ?? defaultReport)(error);
  } catch {
    // A failing logger must not stop the response.
  }
}

function defaultReport(error: HttpError): void {
  console.error(error.cause ?? error);
}
