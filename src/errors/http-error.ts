import { checkedExtensions } from "./extension-members.js";
import { checkedHeaders } from "./header-fields.js";
import { errorPhrase, type HttpErrorStatus, isHttpErrorStatus } from "./http-error-status.js";
import { type HeaderRequiredStatus, hasRequiredForm, type RequiredHeaders } from "./required-headers.js";
import { retryAfterValue } from "./retry-after.js";

/** Extension members of a problem document (RFC 9457, Section 3.2), by name. */
export type ProblemExtensions = Readonly<Record<string, unknown>>;

/**
 * What an {@link HttpError} can be given besides its status. Every field is
 * optional, except the header a status requires (see
 * {@link headerRequiredStatuses}).
 */
export interface HttpErrorOptions<Extensions extends ProblemExtensions = ProblemExtensions> {
  /** What went wrong this time, for the client: the problem document's `detail`. */
  readonly detail?: string | undefined;
  /** A machine-readable code, Django REST Framework style; by default the reason phrase in snake case (`"not_found"`). */
  readonly code?: string | undefined;
  /** Response headers; names are stored in lower case. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** Sets `Retry-After` from a delay in seconds (rounded up) or a `Date` (RFC 9110, Section 10.2.3). */
  readonly retryAfter?: number | Date | undefined;
  /** A URI reference naming the problem type (RFC 9457, Section 3.1.1); `"about:blank"` by default. */
  readonly type?: string | undefined;
  /** A short summary of the problem type; the reason phrase by default, and always with `about:blank`. */
  readonly title?: string | undefined;
  /** A URI reference naming this occurrence of the problem (RFC 9457, Section 3.1.5). */
  readonly instance?: string | undefined;
  /** Extension members for the problem document (RFC 9457, Section 3.2). */
  readonly extensions?: Extensions | undefined;
  /** Whether `detail` and the extensions may be shown to the client; by default true for 4xx and false for 5xx. */
  readonly expose?: boolean | undefined;
  /** The error that led to this one, kept for logs and never sent. */
  readonly cause?: unknown;
}

/**
 * A null-prototype copy of an options object's own enumerable members: an
 * option left out reads as `undefined` even when something has added that
 * name to `Object.prototype` (an inherited `expose: true` would show a 5xx's
 * detail to the client).
 * @internal
 */
export function ownOptions<Options extends object>(options: Options | undefined): Partial<Options> {
  return Object.assign(Object.create(null), options) as Partial<Options>;
}

type OptionsFor<Status extends HttpErrorStatus, Extensions extends ProblemExtensions> = [Status] extends [
  HeaderRequiredStatus,
]
  ? HttpErrorOptions<Extensions> & { readonly headers: RequiredHeaders<Status> }
  : HttpErrorOptions<Extensions>;

/**
 * The arguments after the status: a detail, options, or both. Where the
 * status is a literal that requires a header, the options with that header
 * are required; where it is only known at run time, nothing is.
 */
export type HttpErrorArguments<Status extends HttpErrorStatus, Extensions extends ProblemExtensions> = [
  Status,
] extends [HeaderRequiredStatus]
  ? [detail: string | undefined, options: OptionsFor<Status, Extensions>] | [options: OptionsFor<Status, Extensions>]
  : [detail?: string | undefined, options?: HttpErrorOptions<Extensions>] | [options: HttpErrorOptions<Extensions>];

// Registered, so that errors from another realm or another copy of statuskit
// carry the same mark; JSON and structured clones drop it.
const brand: unique symbol = Symbol.for("statuskit.HttpError") as never;

/**
 * An HTTP error response as an `Error`: its status (typed as the literal),
 * the reason phrase, a detail for the client, a machine-readable code, the
 * response headers, and what RFC 9457 problem details need. Throw it from a
 * handler and let an adapter (or {@link problemResponse}) answer with it.
 *
 * Takes every integer from 400 to 599: a code statuskit knows gets the
 * table's reason phrase as its title, one that only `statuskit/unofficial`
 * knows gets that phrase (499 "Client Closed Request"), and any other its
 * class's name ("Client Error", "Server Error"). Anything else is a
 * `TypeError`, and the only one a status can cause. Where the status is a
 * literal, the compiler also asks for the header a status in
 * {@link headerRequiredStatuses} requires (`Allow` for 405); a status known
 * only at run time is made without it, since an error path must not throw
 * while it builds its error (use {@link createHttpError} for one).
 *
 * Header names must be tokens and values visible ASCII, spaces and tabs, the
 * form every server and fetch sends as given; headers that frame the message
 * or the connection (`Content-Length`, `Transfer-Encoding`, `Connection`...)
 * are the server's own. Either is a `TypeError` naming the header.
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc9457 | RFC 9457}
 * @example
 * ```ts
 * import { HTTP_409_CONFLICT } from "statuskit";
 * import { HttpError } from "statuskit/errors";
 * const error = new HttpError(HTTP_409_CONFLICT, "The name is taken", { extensions: { name: "ada" } });
 * error.status; // 409
 * error.title; // "Conflict"
 * error.code; // "conflict"
 * error.extensions.name; // "ada"
 * ```
 */
export class HttpError<
  Status extends HttpErrorStatus = HttpErrorStatus,
  Extensions extends ProblemExtensions = ProblemExtensions,
> extends Error {
  /** The status code, as the literal it was made with. */
  readonly status: Status;
  /** The same as `status`, under the name http-errors and Node use. */
  readonly statusCode: Status;
  /** The reason phrase from the table (`"Not Found"`), or the title given with a `type`. */
  readonly title: string;
  /** What went wrong this time, for the client; `undefined` when none was given. */
  readonly detail: string | undefined;
  /** A machine-readable code, Django REST Framework style: `"not_found"`, `"throttled"`. */
  readonly code: string;
  /** Response headers, names in lower case; frozen. */
  readonly headers: Readonly<Record<string, string>>;
  /** Whether `detail` and the extensions may be shown to the client. */
  readonly expose: boolean;
  /** The problem type URI; `"about:blank"` unless one was given. */
  readonly type: string;
  /** The URI of this occurrence, if one was given. */
  readonly instance: string | undefined;
  /** The problem document's extension members; frozen. */
  readonly extensions: Extensions;

  constructor(status: Status, ...rest: HttpErrorArguments<Status, Extensions>) {
    const [first, second] = rest as readonly unknown[];
    if (first !== undefined && typeof first !== "string" && (typeof first !== "object" || first === null)) {
      throw new TypeError("HttpError: the second argument must be a detail string or an options object");
    }
    const given = typeof first === "object" && first !== null ? first : (second ?? {});
    if (typeof given !== "object" || given === null) throw new TypeError("HttpError: options must be an object");
    const options = ownOptions(given as HttpErrorOptions<Extensions>);
    const detail = typeof first === "string" ? first : options.detail;
    const phrase = errorPhrase(status);
    if (phrase === undefined) {
      throw new TypeError(`HttpError: ${String(status)} is not a 4xx or 5xx status code (an integer from 400 to 599)`);
    }
    if (detail !== undefined && typeof detail !== "string") throw new TypeError("HttpError: detail must be a string");
    for (const name of ["code", "type", "title", "instance"] as const) {
      if (options[name] !== undefined && typeof options[name] !== "string") {
        throw new TypeError(`HttpError: ${name} must be a string`);
      }
    }
    if (options.expose !== undefined && typeof options.expose !== "boolean") {
      throw new TypeError("HttpError: expose must be a boolean");
    }
    const headers = checkedHeaders(status, options.headers);
    if (options.retryAfter !== undefined) headers["retry-after"] = retryAfterValue(options.retryAfter);
    if (!hasRequiredForm(status, headers)) {
      throw new TypeError("HttpError: a 416 response's Content-Range must be an unsatisfied range, unit */length");
    }
    const type = options.type ?? "about:blank";

    super(detail ?? phrase, "cause" in options ? { cause: options.cause } : undefined);
    this.name = "HttpError";
    this.status = status;
    this.statusCode = status;
    this.title = type === "about:blank" ? phrase : (options.title ?? phrase);
    this.detail = detail;
    this.code = options.code ?? snakeCase(phrase);
    this.headers = Object.freeze(headers);
    this.expose = options.expose ?? status < 500;
    this.type = type;
    this.instance = options.instance;
    this.extensions = checkedExtensions<Extensions>(options.extensions);
    Object.defineProperty(this, brand, { value: true });
  }
}

/** "Not Found" -> "not_found"; "I'm a teapot" -> "i_m_a_teapot". */
function snakeCase(phrase: string): string {
  return phrase
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join("_");
}

/**
 * Whether `value` is an {@link HttpError}, including one made in another realm
 * (an iframe, a `node:vm` context) or by another copy of statuskit: it checks
 * a registered mark, not `instanceof`. A plain JSON copy of an error is not
 * one. Never throws.
 *
 * @example
 * ```ts
 * import { HttpError, isHttpError } from "statuskit/errors";
 * isHttpError(new HttpError(404)); // true
 * isHttpError(JSON.parse(JSON.stringify(new HttpError(404)))); // false
 * isHttpError(new Error("boom")); // false
 * ```
 */
export function isHttpError(value: unknown): value is HttpError {
  try {
    return (
      typeof value === "object" &&
      value !== null &&
      // Its own mark: a mark inherited from a polluted prototype does not count.
      Object.hasOwn(value, brand) &&
      (value as { [brand]?: unknown })[brand] === true &&
      isHttpErrorStatus((value as { status?: unknown }).status)
    );
  } catch {
    // A revoked proxy, or a getter that throws.
    return false;
  }
}
