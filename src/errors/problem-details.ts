import { isStatusCode } from "../status-code.js";
import type { FetchResponse } from "./fetch-types.js";
import { type HttpError, isHttpError, ownOptions } from "./http-error.js";
import { errorPhrase, isHttpErrorStatus } from "./http-error-status.js";

/**
 * An RFC 9457 problem details object: the standard members, each optional
 * except `type` (which defaults to `"about:blank"`), and extension members
 * beside them.
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc9457#section-3 | RFC 9457, Section 3}
 */
export interface ProblemDetails {
  /** A URI reference naming the problem type; `"about:blank"` when the status says it all. */
  readonly type: string;
  /** A short summary of the problem type; with `about:blank`, the reason phrase. */
  readonly title?: string;
  /** The HTTP status code of the response (advisory). */
  readonly status?: number;
  /** What went wrong this time, for a human. */
  readonly detail?: string;
  /** A URI reference naming this occurrence. */
  readonly instance?: string;
  /** Extension members. */
  readonly [member: string]: unknown;
}

/**
 * The media type of JSON problem details (RFC 9457, Section 3).
 *
 * @example
 * ```ts
 * import { PROBLEM_JSON } from "statuskit/errors";
 * PROBLEM_JSON; // "application/problem+json"
 * ```
 */
export const PROBLEM_JSON = "application/problem+json";

/**
 * Whether a `Content-Type` value is `application/problem+json`, in any case
 * and with any parameters (`; charset=utf-8`). Never throws.
 *
 * @example
 * ```ts
 * import { isProblemContentType } from "statuskit/errors";
 * isProblemContentType("application/problem+json; charset=utf-8"); // true
 * isProblemContentType("application/json"); // false
 * ```
 */
export function isProblemContentType(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const semicolon = value.indexOf(";");
  return (semicolon === -1 ? value : value.slice(0, semicolon)).trim().toLowerCase() === PROBLEM_JSON;
}

/**
 * A problem document to send, as a plain object: the status (an integer from
 * 400 to 599), the standard members RFC 9457 (Section 3.1) defines, each a
 * string where present, and extension members beside them.
 */
interface PlainProblem {
  /** The status of the response: an integer from 400 to 599. */
  readonly status: number;
  /** A URI reference naming the problem type; `"about:blank"` by default. */
  readonly type?: string | undefined;
  /** A short summary of the problem type; with `about:blank`, always the status's phrase. */
  readonly title?: string | undefined;
  /** What went wrong this time, for a human. */
  readonly detail?: string | undefined;
  /** A URI reference naming this occurrence. */
  readonly instance?: string | undefined;
  /** Extension members: any name but one starting with `*`, which RFC 9457 keeps. */
  readonly [member: string]: unknown;
}

/**
 * The problem details object (RFC 9457) of an error or of a plain problem
 * document, ready for `JSON.stringify`: `type` always (`"about:blank"`
 * unless one is given; with `about:blank` the `title` is the status's
 * phrase), `title`, `status`, `detail` and `instance` where present, then
 * `code` (an error's) and the extension members.
 *
 * For an {@link HttpError} whose `expose` is false (5xx by default),
 * `detail`, `code` and the extensions are left out, so that nothing meant
 * for logs reaches the client. A plain object is written as it is, once
 * checked as RFC 9457 says: `status` an integer from 400 to 599, `type`,
 * `title`, `detail` and `instance` strings where present, no extension
 * named with a leading `*`; anything else is a `TypeError`. Only its own
 * members are read.
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc9457#section-3 | RFC 9457, Section 3}
 * @example
 * ```ts
 * import { NotFound, toProblemDetails } from "statuskit/errors";
 * toProblemDetails(new NotFound("No user 42.", { instance: "/users/42" }));
 * // { type: "about:blank", title: "Not Found", status: 404, detail: "No user 42.", instance: "/users/42", code: "not_found" }
 * toProblemDetails({ status: 503, detail: "Down for maintenance.", until: "12:00" });
 * // { type: "about:blank", title: "Service Unavailable", status: 503, detail: "Down for maintenance.", until: "12:00" }
 * ```
 */
export function toProblemDetails(problem: HttpError | PlainProblem): ProblemDetails {
  if (isHttpError(problem)) {
    const error = problem;
    const extensions: Record<string, unknown> = Object.create(null);
    if (error.expose) {
      extensions.code = error.code;
      Object.assign(extensions, error.extensions);
    }
    return problemDocument(
      {
        type: error.type,
        title: error.title,
        status: error.status,
        detail: error.expose ? error.detail : undefined,
        instance: error.instance,
      },
      extensions,
    );
  }
  return checkedPlainProblem(problem);
}

/** The standard members of a document to write, checked. */
interface StandardMembers {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string | undefined;
  readonly instance: string | undefined;
}

/** Every problem document the package sends is written here: the standard members in RFC 9457's order, then the extensions. */
function problemDocument(members: StandardMembers, extensions: Readonly<Record<string, unknown>>): ProblemDetails {
  const problem: Record<string, unknown> = Object.create(null);
  problem.type = members.type;
  problem.title = members.title;
  problem.status = members.status;
  if (members.detail !== undefined) problem.detail = members.detail;
  if (members.instance !== undefined) problem.instance = members.instance;
  for (const name of Object.keys(extensions)) problem[name] = extensions[name];
  return problem as ProblemDetails;
}

function checkedPlainProblem(input: unknown): ProblemDetails {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new TypeError("toProblemDetails: a problem must be an HttpError or a problem details object");
  }
  const source = input as Record<string, unknown>;
  const own = (name: string): unknown => (Object.hasOwn(source, name) ? source[name] : undefined);
  const status = own("status");
  if (!isHttpErrorStatus(status)) {
    throw new TypeError("toProblemDetails: a problem's status must be an integer from 400 to 599");
  }
  for (const name of ["type", "title", "detail", "instance"]) {
    const value = own(name);
    if (value !== undefined && typeof value !== "string") {
      throw new TypeError(`toProblemDetails: a problem's ${name} must be a string (RFC 9457, Section 3.1)`);
    }
  }
  const type = (own("type") as string | undefined) ?? "about:blank";
  const phrase = errorPhrase(status) as string;
  const extensions: Record<string, unknown> = Object.create(null);
  for (const name of Object.keys(source)) {
    if ((standardMembers as readonly string[]).includes(name)) continue;
    if (name.startsWith("*")) {
      throw new TypeError(`toProblemDetails: ${JSON.stringify(name)} cannot be an extension member name (RFC 9457)`);
    }
    extensions[name] = source[name];
  }
  return problemDocument(
    {
      type,
      title: type === "about:blank" ? phrase : ((own("title") as string | undefined) ?? phrase),
      status,
      detail: own("detail") as string | undefined,
      instance: own("instance") as string | undefined,
    },
    extensions,
  );
}

/**
 * A fetch `Response` for an error or a plain problem document: its status,
 * the status's phrase as `statusText`, the error's headers,
 * `Content-Type: application/problem+json` and the problem document of
 * {@link toProblemDetails} as the body. Extra headers in `init.headers` are
 * added. Works wherever `Response` exists: Node 18+, Bun, Deno, browsers,
 * edge runtimes. Throws a `TypeError` for a plain object that is not a valid
 * problem document (see {@link toProblemDetails}).
 *
 * @example
 * ```ts
 * import { Throttled, problemResponse } from "statuskit/errors";
 * const response = problemResponse(new Throttled(30));
 * response.status; // 429
 * response.headers.get("retry-after"); // "30"
 * response.headers.get("content-type"); // "application/problem+json"
 * problemResponse({ status: 404, detail: "No user 42." }).statusText; // "Not Found"
 * ```
 */
export function problemResponse(
  problem: HttpError | PlainProblem,
  init?: { readonly headers?: Readonly<Record<string, string>> },
): FetchResponse {
  const document = toProblemDetails(problem);
  const headers = new Headers(ownOptions(init).headers);
  if (isHttpError(problem)) for (const [name, value] of Object.entries(problem.headers)) headers.set(name, value);
  return responseOf(document.status as number, headers, JSON.stringify(document));
}

/**
 * The problem+json `Response` with this status, headers and body; the
 * status's phrase as `statusText`, since a problem type's own title is not
 * a reason phrase.
 * @internal
 */
export function responseOf(
  status: number,
  headers: Headers | Readonly<Record<string, string>>,
  body: string,
): FetchResponse {
  const fields = new Headers(headers);
  fields.set("content-type", PROBLEM_JSON);
  return new Response(body, { status, statusText: errorPhrase(status) ?? "", headers: fields });
}

/**
 * Reads a problem details object, as a client would: from parsed JSON, or
 * from a fetch `Response` whose `Content-Type` is
 * `application/problem+json` (then it returns a promise). A member whose
 * value has the wrong type is ignored, as RFC 9457 (Section 3.1) says: a
 * `type` that is not a string becomes `"about:blank"`, and a `status` that is
 * not an integer status code (100 to 599) is left out (from a `Response`,
 * the response's own status is used instead). Extension members are kept as
 * they are. Anything that is not a JSON object, or a response that is not
 * problem+json or not JSON, gives `undefined`. Never throws, never rejects.
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc9457#section-3.1 | RFC 9457, Section 3.1}
 * @example
 * ```ts
 * import { parseProblemDetails } from "statuskit/errors";
 * parseProblemDetails({ title: "Out of credit", status: "403", balance: 30 });
 * // { type: "about:blank", title: "Out of credit", balance: 30 }
 * parseProblemDetails([1, 2]); // undefined
 * ```
 */
export function parseProblemDetails(response: FetchResponse): Promise<ProblemDetails | undefined>;
export function parseProblemDetails(value: unknown): ProblemDetails | undefined;
export function parseProblemDetails(value: unknown): ProblemDetails | undefined | Promise<ProblemDetails | undefined> {
  try {
    if (isResponseLike(value)) return parseResponse(value);
    return parseObject(value);
  } catch {
    return undefined;
  }
}

interface ResponseLike {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

function isResponseLike(value: unknown): value is ResponseLike {
  if (typeof Response !== "undefined" && value instanceof Response) return true;
  const candidate = value as Partial<ResponseLike> | null;
  return (
    typeof candidate === "object" &&
    candidate !== null &&
    typeof candidate.status === "number" &&
    typeof candidate.text === "function" &&
    typeof candidate.headers?.get === "function"
  );
}

async function parseResponse(response: ResponseLike): Promise<ProblemDetails | undefined> {
  try {
    if (!isProblemContentType(response.headers.get("content-type"))) return undefined;
    const problem = parseObject(JSON.parse(await response.text()));
    if (problem === undefined || problem.status !== undefined || !isStatusCode(response.status)) return problem;
    return Object.assign(problem, { status: response.status });
  } catch {
    return undefined;
  }
}

const standardMembers = ["type", "title", "status", "detail", "instance"] as const;

function parseObject(value: unknown): ProblemDetails | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const problem: Record<string, unknown> = Object.create(null);
  const source = value as Record<string, unknown>;
  // The standard members first, in RFC 9457's order, as toProblemDetails writes them.
  problem.type = Object.hasOwn(source, "type") && typeof source.type === "string" ? source.type : "about:blank";
  for (const name of standardMembers) {
    const valid = name === "status" ? isStatusCode(source[name]) : typeof source[name] === "string";
    if (name !== "type" && Object.hasOwn(source, name) && valid) problem[name] = source[name];
  }
  for (const name of Object.keys(source)) {
    if (!(standardMembers as readonly string[]).includes(name)) problem[name] = source[name];
  }
  return problem as ProblemDetails;
}

/**
 * Whether `value` is a well-formed problem details object: a JSON object
 * whose standard members, where present, have their types (`type`, `title`,
 * `detail`, `instance` strings, `status` an integer status code). Stricter
 * than {@link parseProblemDetails}, which drops members of the wrong type.
 * Never throws.
 *
 * @example
 * ```ts
 * import { isProblemDetails } from "statuskit/errors";
 * isProblemDetails({ type: "about:blank", status: 404 }); // true
 * isProblemDetails({ status: "404" }); // false
 * ```
 */
export function isProblemDetails(value: unknown): value is Partial<ProblemDetails> {
  try {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
    const source = value as Record<string, unknown>;
    return standardMembers.every(
      (name) =>
        !Object.hasOwn(source, name) ||
        (name === "status" ? isStatusCode(source[name]) : typeof source[name] === "string"),
    );
  } catch {
    return false;
  }
}
