import { describe, expect, it } from "vitest";
import {
  APIException,
  AuthenticationFailed,
  HttpError,
  MethodNotAllowed,
  NotAcceptable,
  NotAuthenticated,
  NotFound,
  ParseError,
  PermissionDenied,
  Throttled,
  toProblemDetails,
  UnsupportedMediaType,
  ValidationError,
} from "../../src/errors/index.js";
import { reasonPhrase } from "../../src/index.js";

// The outside reference: Django REST Framework's rest_framework/exceptions.py,
// each class's status_code and default_code.
const drf = [
  ["APIException", 500, "error"],
  ["ValidationError", 400, "invalid"],
  ["ParseError", 400, "parse_error"],
  ["AuthenticationFailed", 401, "authentication_failed"],
  ["NotAuthenticated", 401, "not_authenticated"],
  ["PermissionDenied", 403, "permission_denied"],
  ["NotFound", 404, "not_found"],
  ["MethodNotAllowed", 405, "method_not_allowed"],
  ["NotAcceptable", 406, "not_acceptable"],
  ["UnsupportedMediaType", 415, "unsupported_media_type"],
  ["Throttled", 429, "throttled"],
] as const;

const challenge = { headers: { "WWW-Authenticate": 'Bearer realm="api"' } };

/** One of each class, made with the fewest arguments it takes (and a challenge for the 401s). */
const made: Record<(typeof drf)[number][0], HttpError> = {
  APIException: new APIException(),
  ValidationError: new ValidationError(),
  ParseError: new ParseError(),
  AuthenticationFailed: new AuthenticationFailed(undefined, challenge),
  NotAuthenticated: new NotAuthenticated(undefined, challenge),
  PermissionDenied: new PermissionDenied(),
  NotFound: new NotFound(),
  MethodNotAllowed: new MethodNotAllowed("DELETE", ["GET", "HEAD"]),
  NotAcceptable: new NotAcceptable(),
  UnsupportedMediaType: new UnsupportedMediaType("text/csv"),
  Throttled: new Throttled(),
};

const classes = {
  APIException,
  ValidationError,
  ParseError,
  AuthenticationFailed,
  NotAuthenticated,
  PermissionDenied,
  NotFound,
  MethodNotAllowed,
  NotAcceptable,
  UnsupportedMediaType,
  Throttled,
};

describe("Django REST Framework's exception set", () => {
  it.each(drf)("%s has DRF's status %i and default code %s", (name, status, code) => {
    const error = made[name];
    expect(error.status).toBe(status);
    expect(error.code).toBe(code);
    expect(error.name).toBe(name);
    expect(error.title).toBe(reasonPhrase(status));
    expect(typeof error.detail).toBe("string");
    expect(error.message).toBe(error.detail);
    expect(error).toBeInstanceOf(APIException);
    expect(error).toBeInstanceOf(HttpError);
    expect(classes[name].defaultCode).toBe(code);
    expect(classes[name].status).toBe(status);
    expect(classes[name].name).toBe(name);
  });

  it.each(drf)("%s has a problem document with its status, title, detail and code", (name, status, code) => {
    const problem = toProblemDetails(made[name]);
    expect(problem.type).toBe("about:blank");
    expect(problem.status).toBe(status);
    expect(problem.title).toBe(reasonPhrase(status));
    expect(problem.code).toBe(status < 500 ? code : undefined);
    expect(problem.detail).toBe(status < 500 ? made[name].detail : undefined);
  });

  it("gives each a default detail in plain words", () => {
    expect(Object.fromEntries(Object.entries(made).map(([name, error]) => [name, error.detail]))).toEqual({
      APIException: "The server could not complete the request.",
      ValidationError: "The request's data is not valid.",
      ParseError: "The request's content could not be parsed.",
      AuthenticationFailed: "The credentials given are not valid.",
      NotAuthenticated: "This resource needs credentials, and none were given.",
      PermissionDenied: "You are not allowed to do this.",
      NotFound: "Nothing was found at this address.",
      MethodNotAllowed: 'The method "DELETE" is not allowed here.',
      NotAcceptable: "No available representation matches the Accept header.",
      UnsupportedMediaType: 'The media type "text/csv" is not supported here.',
      Throttled: "Too many requests.",
    });
  });

  it("sends only the headers each one needs", () => {
    expect(Object.fromEntries(Object.entries(made).map(([name, error]) => [name, { ...error.headers }]))).toEqual({
      APIException: {},
      ValidationError: {},
      ParseError: {},
      AuthenticationFailed: { "www-authenticate": 'Bearer realm="api"' },
      NotAuthenticated: { "www-authenticate": 'Bearer realm="api"' },
      PermissionDenied: {},
      NotFound: {},
      MethodNotAllowed: { allow: "GET, HEAD" },
      NotAcceptable: {},
      UnsupportedMediaType: {},
      Throttled: {},
    });
  });

  it("takes a detail and a code, as DRF's constructors do", () => {
    const error = new NotFound("No user 42.", { code: "user_not_found" });
    expect(error.detail).toBe("No user 42.");
    expect(error.code).toBe("user_not_found");
  });

  it("lets a subclass say its status, detail, code and name with static fields, as DRF's class attributes do", () => {
    class PaymentRequired extends APIException<402> {
      static override readonly status = 402;
      static override readonly defaultDetail = "A plan is needed for this.";
      static override readonly defaultCode = "payment_required";
      static override readonly exceptionName = "PaymentRequired";
    }
    const error = new PaymentRequired();
    expect([error.status, error.detail, error.code, error.name]).toEqual([
      402,
      "A plan is needed for this.",
      "payment_required",
      "PaymentRequired",
    ]);
  });
});

describe("the 401 rule", () => {
  it.each([
    ["NotAuthenticated", NotAuthenticated],
    ["AuthenticationFailed", AuthenticationFailed],
  ])("%s is a 401 with its challenge", (_name, Exception) => {
    const error = new Exception(undefined, { headers: { "www-authenticate": "Basic" } });
    expect(error.status).toBe(401);
    expect(error.headers["www-authenticate"]).toBe("Basic");
  });

  it.each([
    ["NotAuthenticated", NotAuthenticated],
    ["AuthenticationFailed", AuthenticationFailed],
  ])("%s becomes a 403 without a challenge to announce, as in DRF's handle_exception", (_name, Exception) => {
    const error = new Exception();
    expect(error.status).toBe(403);
    expect(error.title).toBe("Forbidden");
    expect(error.headers["www-authenticate"]).toBeUndefined();
    expect(error.downgradedFrom).toBe(401);
  });

  it.each([
    ["NotAuthenticated", NotAuthenticated],
    ["AuthenticationFailed", AuthenticationFailed],
  ])("%s is a 401 with the challenge option, which becomes WWW-Authenticate", (_name, Exception) => {
    const error = new Exception("Log in.", { challenge: 'Bearer realm="api"' });
    expect([error.status, error.headers["www-authenticate"], error.downgradedFrom]).toEqual([
      401,
      'Bearer realm="api"',
      undefined,
    ]);
    expect(() => new Exception(undefined, { challenge: 7 as never })).toThrow(TypeError);
  });

  it("says nothing was changed for an error whose class is not a 401, a real 403 among them", () => {
    expect(new PermissionDenied().downgradedFrom).toBeUndefined();
    expect(new NotFound().downgradedFrom).toBeUndefined();
  });
});

describe("Throttled", () => {
  it.each([
    [undefined, undefined, undefined, "Too many requests."],
    [0, 0, "0", "Too many requests. Try again in 0 seconds."],
    [0.2, 1, "1", "Too many requests. Try again in 1 second."],
    [1, 1, "1", "Too many requests. Try again in 1 second."],
    [29.2, 30, "30", "Too many requests. Try again in 30 seconds."],
    [3600, 3600, "3600", "Too many requests. Try again in 3600 seconds."],
  ])("with wait %s waits %s seconds, sends Retry-After %s and says so", (wait, seconds, header, detail) => {
    const error = new Throttled(wait);
    expect(error.wait).toBe(seconds);
    expect(error.headers["retry-after"]).toBe(header);
    expect(error.detail).toBe(detail);
  });

  it("adds the wait to a detail of its own, as DRF does", () => {
    expect(new Throttled(5, "Slow down.").detail).toBe("Slow down. Try again in 5 seconds.");
  });

  it("lets a date in the options set Retry-After instead", () => {
    const date = new Date(Date.UTC(2030, 0, 1));
    expect(new Throttled(60, undefined, { retryAfter: date }).headers["retry-after"]).toBe(
      "Tue, 01 Jan 2030 00:00:00 GMT",
    );
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY, "30"])("refuses the wait %s", (wait) => {
    expect(() => new Throttled(wait as number)).toThrow(TypeError);
  });
});

describe("MethodNotAllowed", () => {
  it("sends the allowed methods in Allow, as RFC 9110 requires, and names the method", () => {
    const error = new MethodNotAllowed("DELETE", ["GET", "HEAD", "OPTIONS"]);
    expect(error.headers.allow).toBe("GET, HEAD, OPTIONS");
    expect(error.detail).toBe('The method "DELETE" is not allowed here.');
  });

  it("sends an empty Allow for a resource that allows no method", () => {
    expect(new MethodNotAllowed("GET", []).headers.allow).toBe("");
  });

  it.each([[["GET", "BAD METHOD"]], [["GET\r\nX: y"]], ["GET"], [[42]]])(
    "refuses the allowed methods %j",
    (allowed) => {
      expect(() => new MethodNotAllowed("PUT", allowed as never)).toThrow(TypeError);
    },
  );
});

describe("ValidationError", () => {
  it("refuses messages that hold more than 10,000 values, however they are shared", () => {
    // Each level holds the one below twice: 2^30 values to copy if nothing stopped it.
    let shared: unknown = ["too many"];
    for (let level = 0; level < 30; level++) shared = [shared, shared];
    expect(() => new ValidationError(shared as string[])).toThrow(/more than 10000 messages/);
    const many = Array.from({ length: 9_999 }, (_, i) => `message ${i}`);
    expect(new ValidationError(many).errors).toHaveLength(9_999);
  });

  it("turns one message into a list, as DRF does, and keeps it as the detail", () => {
    const error = new ValidationError("Too short.");
    expect(error.errors).toEqual(["Too short."]);
    expect(error.detail).toBe("Too short.");
    expect(toProblemDetails(error).errors).toEqual(["Too short."]);
  });

  it("keeps a list or messages by field, nested, in errors and the problem document", () => {
    const fields = { email: ["Enter a valid address."], address: { city: ["Required."] } };
    const error = new ValidationError(fields);
    expect(error.errors).toEqual(fields);
    expect(error.detail).toBe("The request's data is not valid.");
    expect(JSON.parse(JSON.stringify(toProblemDetails(error))).errors).toEqual(fields);
    expect(new ValidationError(["a", "b"]).errors).toEqual(["a", "b"]);
  });

  it("gives the default message as the list when none is given", () => {
    expect(new ValidationError().errors).toEqual(["The request's data is not valid."]);
  });

  it.each([[[1]], [{ field: null }], [{ field: [() => 1] }]])("refuses messages that are not strings: %j", (detail) => {
    expect(() => new ValidationError(detail as never)).toThrow(TypeError);
  });

  it("keeps a field named __proto__ as a field", () => {
    const error = new ValidationError(JSON.parse('{"__proto__": ["odd field name"]}'));
    expect(Object.hasOwn(error.errors, "__proto__")).toBe(true);
  });
});

describe("the other exceptions", () => {
  it("UnsupportedMediaType names the media type", () => {
    expect(new UnsupportedMediaType("text/csv").detail).toBe('The media type "text/csv" is not supported here.');
  });

  it("ParseError, PermissionDenied, NotAcceptable take a detail of their own", () => {
    expect(new ParseError("Bad JSON at 3:14.").detail).toBe("Bad JSON at 3:14.");
    expect(new PermissionDenied("Admins only.").detail).toBe("Admins only.");
    expect(new NotAcceptable("Only JSON.").detail).toBe("Only JSON.");
  });
});
