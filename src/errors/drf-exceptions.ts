import { isToken } from "../http-syntax.js";
import {
  HttpError,
  type HttpErrorArguments,
  type HttpErrorOptions,
  ownOptions,
  type ProblemExtensions,
} from "./http-error.js";
import type { HttpErrorStatus } from "./http-error-status.js";

/** Options of the Django REST Framework style exceptions: those of {@link HttpError}, with the detail as an argument, and the challenge. */
export interface ExceptionOptions<Extensions extends ProblemExtensions = ProblemExtensions>
  extends Omit<HttpErrorOptions<Extensions>, "detail"> {
  /**
   * The `WWW-Authenticate` challenge (RFC 9110, Section 11.6.1), as DRF's
   * authenticator's `authenticate_header` gives it: `'Bearer realm="api"'`.
   * With it (or with that header in `headers`), a class whose status is 401
   * answers 401; without, DRF's rule makes the error a 403.
   */
  readonly challenge?: string | undefined;
}

/**
 * The base of Django REST Framework's exception set: a 500 with the code
 * `"error"`. Like DRF's, a subclass says what it is with static fields
 * (`status`, `defaultDetail`, `defaultCode`, `exceptionName`), and its
 * constructor takes the detail and options.
 *
 * One rule of DRF's holds for every subclass whose status is 401
 * (`NotAuthenticated`, `AuthenticationFailed`): without a `WWW-Authenticate`
 * challenge to announce how to authenticate, a 401 response would break RFC
 * 9110 (Section 15.5.2), so the error becomes a 403, as DRF's
 * `APIView.handle_exception` does when no authenticator gives a header. Pass
 * the `challenge` option to get the 401; an error the rule changed says so in
 * {@link APIException.downgradedFrom}.
 *
 * @example
 * ```ts
 * import { APIException } from "statuskit/errors";
 * class ServiceUnavailable extends APIException<503> {
 *   static override readonly status = 503;
 *   static override readonly defaultDetail = "The service is down for maintenance.";
 *   static override readonly defaultCode = "service_unavailable";
 *   static override readonly exceptionName = "ServiceUnavailable";
 * }
 * const error = new ServiceUnavailable(undefined, { retryAfter: 120 });
 * error.status; // 503
 * error.headers["retry-after"]; // "120"
 * error.name; // "ServiceUnavailable"
 * ```
 */
export class APIException<
  Status extends HttpErrorStatus = 500,
  Extensions extends ProblemExtensions = ProblemExtensions,
> extends HttpError<Status, Extensions> {
  /** The status of the errors this class makes. */
  static readonly status: HttpErrorStatus = 500;
  /** The detail when none is given. */
  static readonly defaultDetail: string = "The server could not complete the request.";
  /** The code when none is given (DRF's `default_code`). */
  static readonly defaultCode: string = "error";
  /** The errors' `name`, which survives minification (a class's own name does not). */
  static readonly exceptionName: string = "APIException";

  /**
   * 401 when DRF's rule made this error a 403: its class answers 401, but
   * no `WWW-Authenticate` challenge was given. `undefined` for every other
   * error, so that a log or a test can tell the rule from a real 403.
   *
   * @example
   * ```ts
   * import { NotAuthenticated } from "statuskit/errors";
   * new NotAuthenticated().downgradedFrom; // 401
   * new NotAuthenticated(undefined, { challenge: "Basic" }).downgradedFrom; // undefined
   * ```
   */
  readonly downgradedFrom: 401 | undefined;

  constructor(detail?: string | undefined, options?: ExceptionOptions<Extensions>) {
    const kind = new.target as unknown as ExceptionClass<HttpErrorStatus>;
    const own = ownOptions(options);
    const challenge = own.challenge;
    if (challenge !== undefined && typeof challenge !== "string") {
      throw new TypeError(`${kind.exceptionName}: challenge must be a WWW-Authenticate value`);
    }
    const headers = challenge === undefined ? own.headers : { ...own.headers, "WWW-Authenticate": challenge };
    const challenged = Object.keys(headers ?? {}).some((name) => name.toLowerCase() === "www-authenticate");
    const status = kind.status === 401 && !challenged ? 403 : kind.status;
    const full: HttpErrorOptions<Extensions> = {
      ...own,
      headers,
      detail: detail ?? kind.defaultDetail,
      code: own.code ?? kind.defaultCode,
    };
    super(status as Status, ...([full] as unknown as HttpErrorArguments<Status, Extensions>));
    this.name = kind.exceptionName;
    this.downgradedFrom = status === kind.status ? undefined : 401;
  }
}

/**
 * Django REST Framework's exception set (rest_framework/exceptions.py), by
 * name: each class's `status_code`, `default_code`, and a default detail in
 * our own words.
 */
const exceptionTable = {
  ValidationError: [400, "invalid", "The request's data is not valid."],
  ParseError: [400, "parse_error", "The request's content could not be parsed."],
  AuthenticationFailed: [401, "authentication_failed", "The credentials given are not valid."],
  NotAuthenticated: [401, "not_authenticated", "This resource needs credentials, and none were given."],
  PermissionDenied: [403, "permission_denied", "You are not allowed to do this."],
  NotFound: [404, "not_found", "Nothing was found at this address."],
  MethodNotAllowed: [405, "method_not_allowed", "This method is not allowed here."],
  NotAcceptable: [406, "not_acceptable", "No available representation matches the Accept header."],
  UnsupportedMediaType: [415, "unsupported_media_type", "The request's media type is not supported here."],
  Throttled: [429, "throttled", "Too many requests."],
} as const;

type ExceptionName = keyof typeof exceptionTable;

/** The status of the errors of a class whose static `status` is `Status`: a 401 becomes a 403 without a challenge. */
type ResultingStatus<Status extends HttpErrorStatus> = Status extends 401 ? 401 | 403 : Status;

/** A Django REST Framework exception class: its constructor, and the static fields that say what its errors are. */
interface ExceptionClass<Status extends HttpErrorStatus> extends Omit<typeof APIException, "prototype" | "status"> {
  new <Extensions extends ProblemExtensions = ProblemExtensions>(
    detail?: string | undefined,
    options?: ExceptionOptions<Extensions>,
  ): APIException<ResultingStatus<Status>, Extensions>;
  readonly prototype: APIException<ResultingStatus<Status>>;
  /** The status of the errors this class makes. */
  readonly status: Status;
}

/** The class of the table's row `name`: an {@link APIException} with the row's status, code and detail. */
function exceptionClass<Name extends ExceptionName>(name: Name): ExceptionClass<(typeof exceptionTable)[Name][0]> {
  const [status, code, detail] = exceptionTable[name];
  // A class made as the value of a property is named after the key, as a
  // class declaration is after its name: `NotFound.name` is "NotFound".
  const { [name]: made } = {
    [name]: class extends APIException<HttpErrorStatus> {
      static override readonly status: HttpErrorStatus = status;
      static override readonly defaultDetail: string = detail;
      static override readonly defaultCode: string = code;
      static override readonly exceptionName: string = name;
    },
  };
  return made as never;
}

/**
 * A validation error's messages, as Django REST Framework gives them: a list
 * of messages, or messages by field (`{ email: ["Enter a valid address."] }`),
 * nested as deep as the data.
 */
export type ValidationDetail = string | readonly ValidationDetail[] | { readonly [field: string]: ValidationDetail };

/** The messages of a {@link ValidationError}: always a list or a record by field, as in DRF. */
export type ValidationErrors = readonly ValidationDetail[] | { readonly [field: string]: ValidationDetail };

/**
 * 400 Bad Request, code `"invalid"`: the request's data did not validate.
 * Takes a message, a list of messages or messages by field; as in Django REST
 * Framework, a single message becomes a list. The messages are in `errors`,
 * and in the problem document as the `errors` extension member; the
 * document's `detail` is the message when one string was given.
 *
 * @example
 * ```ts
 * import { ValidationError } from "statuskit/errors";
 * const error = new ValidationError({ email: ["Enter a valid address."] });
 * error.status; // 400
 * error.code; // "invalid"
 * error.errors; // { email: ["Enter a valid address."] }
 * new ValidationError("Too short.").errors; // ["Too short."]
 * ```
 */
export class ValidationError<
  Extensions extends ProblemExtensions = ProblemExtensions,
> extends /* @__PURE__ */ exceptionClass("ValidationError")<Extensions & { readonly errors: ValidationErrors }> {
  /** The messages: a list, or a record by field. Frozen. */
  readonly errors: ValidationErrors;

  constructor(detail?: ValidationDetail | undefined, options?: ExceptionOptions<Extensions>) {
    const errors = checkedValidationDetail(
      typeof detail === "string" || detail === undefined ? [detail ?? ValidationError.defaultDetail] : detail,
    );
    super(typeof detail === "string" ? detail : undefined, {
      ...options,
      extensions: { ...ownOptions(options).extensions, errors } as Extensions & { readonly errors: ValidationErrors },
    });
    this.errors = errors as ValidationErrors;
  }
}

/** The most strings, lists and records one ValidationError's messages may hold, counted as copied. */
const mostValidationValues = 10_000;

/**
 * A frozen copy of validation messages; throws a TypeError for anything but
 * strings, lists and records, for nesting deeper than 32, and for more than
 * 10,000 values in all. The count is of values as copied, so a list that
 * holds the same sub-list many times (`x = [x, x]`, again and again) is
 * refused early instead of taking time that doubles with each level.
 */
function checkedValidationDetail(
  detail: unknown,
  depth = 0,
  budget = { left: mostValidationValues },
): ValidationDetail {
  if (depth > 32) throw new TypeError("ValidationError: the messages are nested too deeply");
  if (--budget.left < 0) throw new TypeError(`ValidationError: more than ${mostValidationValues} messages`);
  if (typeof detail === "string") return detail;
  if (Array.isArray(detail)) {
    return Object.freeze(detail.map((item) => checkedValidationDetail(item, depth + 1, budget)));
  }
  if (typeof detail === "object" && detail !== null) {
    // Keyed by the caller's field names, `__proto__` among them.
    const fields: Record<string, ValidationDetail> = Object.create(null);
    for (const [field, value] of Object.entries(detail)) {
      fields[field] = checkedValidationDetail(value, depth + 1, budget);
    }
    return Object.freeze(fields);
  }
  throw new TypeError("ValidationError: messages must be strings, lists of messages or records of them by field");
}

/**
 * 400 Bad Request, code `"parse_error"`: the request's content could not be
 * parsed (malformed JSON, say).
 *
 * @example
 * ```ts
 * import { ParseError } from "statuskit/errors";
 * new ParseError().detail; // "The request's content could not be parsed."
 * ```
 */
export const ParseError = /* @__PURE__ */ exceptionClass("ParseError");
/** An error made by {@link ParseError}. */
export type ParseError<Extensions extends ProblemExtensions = ProblemExtensions> = APIException<400, Extensions>;

/**
 * 401 Unauthorized, code `"authentication_failed"`: credentials were given
 * but are not valid. Give the `WWW-Authenticate` challenge as the
 * `challenge` option; without one the status is 403, as in Django REST
 * Framework, and `downgradedFrom` is 401 (see {@link APIException}).
 *
 * @example
 * ```ts
 * import { AuthenticationFailed } from "statuskit/errors";
 * new AuthenticationFailed("Bad token.", { challenge: 'Bearer realm="api"' }).status; // 401
 * new AuthenticationFailed().status; // 403
 * new AuthenticationFailed().downgradedFrom; // 401
 * ```
 */
export const AuthenticationFailed = /* @__PURE__ */ exceptionClass("AuthenticationFailed");
/** An error made by {@link AuthenticationFailed}: a 401, or a 403 without a challenge. */
export type AuthenticationFailed<Extensions extends ProblemExtensions = ProblemExtensions> = APIException<
  401 | 403,
  Extensions
>;

/**
 * 401 Unauthorized, code `"not_authenticated"`: the request carries no
 * credentials. Give the `WWW-Authenticate` challenge as the `challenge`
 * option; without one the status is 403, as in Django REST Framework, and
 * `downgradedFrom` is 401 (see {@link APIException}).
 *
 * @example
 * ```ts
 * import { NotAuthenticated } from "statuskit/errors";
 * new NotAuthenticated(undefined, { challenge: "Basic" }).status; // 401
 * new NotAuthenticated().status; // 403
 * new NotAuthenticated().downgradedFrom; // 401
 * ```
 */
export const NotAuthenticated = /* @__PURE__ */ exceptionClass("NotAuthenticated");
/** An error made by {@link NotAuthenticated}: a 401, or a 403 without a challenge. */
export type NotAuthenticated<Extensions extends ProblemExtensions = ProblemExtensions> = APIException<
  401 | 403,
  Extensions
>;

/**
 * 403 Forbidden, code `"permission_denied"`: the client is known but may not
 * do this.
 *
 * @example
 * ```ts
 * import { PermissionDenied } from "statuskit/errors";
 * new PermissionDenied().code; // "permission_denied"
 * ```
 */
export const PermissionDenied = /* @__PURE__ */ exceptionClass("PermissionDenied");
/** An error made by {@link PermissionDenied}. */
export type PermissionDenied<Extensions extends ProblemExtensions = ProblemExtensions> = APIException<403, Extensions>;

/**
 * 404 Not Found, code `"not_found"`.
 *
 * @example
 * ```ts
 * import { NotFound } from "statuskit/errors";
 * const error = new NotFound("No user 42.");
 * error.status; // 404
 * error.message; // "No user 42."
 * ```
 */
export const NotFound = /* @__PURE__ */ exceptionClass("NotFound");
/** An error made by {@link NotFound}. */
export type NotFound<Extensions extends ProblemExtensions = ProblemExtensions> = APIException<404, Extensions>;

/**
 * 405 Method Not Allowed, code `"method_not_allowed"`: takes the method the
 * request used and the methods the resource allows, which become the `Allow`
 * header RFC 9110 (Section 15.5.6) requires. (Django REST Framework sets
 * `Allow` on every response of its views instead.) An empty list is allowed:
 * it says the resource allows no method.
 *
 * @example
 * ```ts
 * import { MethodNotAllowed } from "statuskit/errors";
 * const error = new MethodNotAllowed("DELETE", ["GET", "HEAD"]);
 * error.headers.allow; // "GET, HEAD"
 * error.detail; // 'The method "DELETE" is not allowed here.'
 * ```
 */
export class MethodNotAllowed<
  Extensions extends ProblemExtensions = ProblemExtensions,
> extends /* @__PURE__ */ exceptionClass("MethodNotAllowed")<Extensions> {
  constructor(
    method: string,
    allowed: readonly string[],
    detail?: string | undefined,
    options?: ExceptionOptions<Extensions>,
  ) {
    // A method is a token (RFC 9110, Section 9.1).
    if (!Array.isArray(allowed) || !allowed.every((name) => typeof name === "string" && isToken(name))) {
      throw new TypeError("MethodNotAllowed: the allowed methods must be a list of method names");
    }
    super(detail ?? `The method ${JSON.stringify(String(method))} is not allowed here.`, {
      ...options,
      headers: { ...ownOptions(options).headers, Allow: allowed.join(", ") },
    });
  }
}

/**
 * 406 Not Acceptable, code `"not_acceptable"`: no representation matches the
 * request's `Accept` header.
 *
 * @example
 * ```ts
 * import { NotAcceptable } from "statuskit/errors";
 * new NotAcceptable().status; // 406
 * ```
 */
export const NotAcceptable = /* @__PURE__ */ exceptionClass("NotAcceptable");
/** An error made by {@link NotAcceptable}. */
export type NotAcceptable<Extensions extends ProblemExtensions = ProblemExtensions> = APIException<406, Extensions>;

/**
 * 415 Unsupported Media Type, code `"unsupported_media_type"`: takes the
 * request's media type, which the detail names.
 *
 * @example
 * ```ts
 * import { UnsupportedMediaType } from "statuskit/errors";
 * new UnsupportedMediaType("text/csv").detail; // 'The media type "text/csv" is not supported here.'
 * ```
 */
export class UnsupportedMediaType<
  Extensions extends ProblemExtensions = ProblemExtensions,
> extends /* @__PURE__ */ exceptionClass("UnsupportedMediaType")<Extensions> {
  constructor(mediaType: string, detail?: string | undefined, options?: ExceptionOptions<Extensions>) {
    super(detail ?? `The media type ${JSON.stringify(String(mediaType))} is not supported here.`, options);
  }
}

/**
 * 429 Too Many Requests, code `"throttled"`: takes `wait`, the seconds until
 * a request may succeed. As in Django REST Framework, `wait` is rounded up to
 * whole seconds, the detail says how long, and the response carries
 * `Retry-After` with it. Unlike DRF, a wait of 0 is sent as `Retry-After: 0`
 * (DRF leaves the header out when the wait is 0), since 0 is a valid delay
 * that tells the client it may retry at once.
 *
 * @example
 * ```ts
 * import { Throttled } from "statuskit/errors";
 * const error = new Throttled(29.2);
 * error.wait; // 30
 * error.headers["retry-after"]; // "30"
 * error.detail; // "Too many requests. Try again in 30 seconds."
 * ```
 */
export class Throttled<Extensions extends ProblemExtensions = ProblemExtensions> extends /* @__PURE__ */ exceptionClass(
  "Throttled",
)<Extensions> {
  /** The seconds to wait, rounded up; `undefined` when not known. */
  readonly wait: number | undefined;

  constructor(wait?: number | undefined, detail?: string | undefined, options?: ExceptionOptions<Extensions>) {
    if (wait !== undefined && (typeof wait !== "number" || !Number.isFinite(wait) || wait < 0)) {
      throw new TypeError(`Throttled: wait must be a finite number of seconds, 0 or more (got ${String(wait)})`);
    }
    const seconds = wait === undefined ? undefined : Math.ceil(wait);
    const base = detail ?? Throttled.defaultDetail;
    super(seconds === undefined ? base : `${base} Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`, {
      ...options,
      retryAfter: ownOptions(options).retryAfter ?? seconds,
    });
    this.wait = seconds;
  }
}
