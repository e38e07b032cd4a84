// Type-level tests: `npm run typecheck` compiles this file, so a wrong type or
// an @ts-expect-error that no longer errors fails the build. The runtime
// assertions say what the same call does where the compiler cannot see it.
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type APIException,
  AuthenticationFailed,
  createHttpError,
  HttpError,
  type HttpErrorStatus,
  isHttpError,
  isHttpErrorStatus,
  MethodNotAllowed,
  NotAcceptable,
  NotAuthenticated,
  NotFound,
  ParseError,
  PermissionDenied,
  type ProblemDetails,
  parseProblemDetails,
  type RequiredHeaders,
  Throttled,
  UnsupportedMediaType,
  ValidationError,
} from "../../src/errors/index.js";
import * as status from "../../src/index.js";
import { HTTP_200_OK, HTTP_404_NOT_FOUND, HTTP_409_CONFLICT } from "../../src/index.js";

describe("HttpError types", () => {
  it("types the status as the literal it was made with", () => {
    const error = new HttpError(status.HTTP_404_NOT_FOUND);
    expectTypeOf(error.status).toEqualTypeOf<404>();
    expectTypeOf(error.statusCode).toEqualTypeOf<404>();
    expectTypeOf(new HttpError(HTTP_409_CONFLICT, "Taken").status).toEqualTypeOf<409>();
    expectTypeOf(new NotFound().status).toEqualTypeOf<404>();
    expectTypeOf(new Throttled(3).status).toEqualTypeOf<429>();
    expectTypeOf(new AuthenticationFailed().status).toEqualTypeOf<401 | 403>();
    expectTypeOf(createHttpError(HTTP_404_NOT_FOUND).status).toEqualTypeOf<404>();
    expectTypeOf(createHttpError(404 as number).status).toEqualTypeOf<HttpErrorStatus>();
    expect(error.status).toBe(404);
  });

  it("refuses a status that is not a 4xx or 5xx code, and takes any that is", () => {
    // @ts-expect-error 200 is not an error status
    expect(() => new HttpError(HTTP_200_OK)).toThrow(TypeError);
    // @ts-expect-error 600 is not a status code
    expect(() => new HttpError(600)).toThrow(TypeError);
    // @ts-expect-error a number could be anything: use createHttpError, or check it with isHttpErrorStatus first
    expect(() => new HttpError(404 as number)).not.toThrow();
    expectTypeOf(new HttpError(499).status).toEqualTypeOf<499>();
    expect(new HttpError(499).title).toBe("Client Closed Request");
  });

  it("compiles createHttpError with a status known only at run time, as the README shows", () => {
    const code: number = 405;
    const error = createHttpError(code);
    expectTypeOf(error.status).toEqualTypeOf<HttpErrorStatus>();
    expect(error.status).toBe(405);
    const status: unknown = 499;
    if (isHttpErrorStatus(status)) expect(new HttpError(status).status).toBe(499);
  });

  it("requires the header a literal 401, 405, 407, 416 or 426 must carry", () => {
    // The compiler asks for the header; at run time, where a status may come
    // from anywhere, the error is made without it rather than thrown.
    // @ts-expect-error a 401 needs WWW-Authenticate
    expect(new HttpError(401).status).toBe(401);
    // @ts-expect-error a 405 needs Allow
    expect(new HttpError(405, "No").status).toBe(405);
    // @ts-expect-error a 407 needs Proxy-Authenticate
    expect(new HttpError(407, { detail: "Log in to the proxy" }).status).toBe(407);
    // @ts-expect-error a 416 needs Content-Range
    expect(new HttpError(416, { headers: { "Retry-After": "1" } }).status).toBe(416);
    // @ts-expect-error a 426 needs Upgrade
    expect(new HttpError(426, undefined, {}).status).toBe(426);
    // @ts-expect-error a 416's Content-Range must be the unsatisfied-range form
    expect(() => new HttpError(416, { headers: { "Content-Range": "bytes 0-10/100" } })).toThrow(TypeError);
    // @ts-expect-error the header's name must be right
    expect(new HttpError(405, { headers: { Allowed: "GET" } }).headers.allow).toBeUndefined();

    expect(new HttpError(401, { headers: { "WWW-Authenticate": "Bearer" } }).status).toBe(401);
    expect(new HttpError(405, "No", { headers: { allow: "GET" } }).status).toBe(405);
    expect(new HttpError(407, { headers: { "Proxy-Authenticate": "Basic" } }).status).toBe(407);
    expect(new HttpError(416, { headers: { "Content-Range": "bytes */100" } }).status).toBe(416);
    expect(new HttpError(426, undefined, { headers: { Upgrade: "HTTP/2.0" } }).status).toBe(426);
    expectTypeOf<RequiredHeaders<405>>().toEqualTypeOf<
      Readonly<Record<"Allow", string>> | Readonly<Record<"allow", string>>
    >();
  });

  it("asks for no header when the status is known only at run time, and never throws for it", () => {
    const code = 401 as HttpErrorStatus;
    expect(new HttpError(code).status).toBe(401);
  });

  it("types extensions", () => {
    const error = new HttpError<404, { resource: string }>(404, { extensions: { resource: "user" } });
    expectTypeOf(error.extensions.resource).toEqualTypeOf<string>();
    const inferred = new HttpError(409, "Taken", { extensions: { name: "ada", tries: 3 } });
    expectTypeOf(inferred.extensions).toEqualTypeOf<{ name: string; tries: number }>();
    // @ts-expect-error an extension must match the declared type
    expect(new HttpError<404, { resource: string }>(404, { extensions: { resource: 1 } }).status).toBe(404);
    expectTypeOf(new ValidationError({ email: ["bad"] }).errors).toMatchTypeOf<object>();
  });

  it("types each of DRF's exceptions by its literal status, as a value and as a type", () => {
    expectTypeOf(new ValidationError().status).toEqualTypeOf<400>();
    expectTypeOf(new ParseError().status).toEqualTypeOf<400>();
    expectTypeOf(new NotAuthenticated().status).toEqualTypeOf<401 | 403>();
    expectTypeOf(new PermissionDenied().status).toEqualTypeOf<403>();
    expectTypeOf(new MethodNotAllowed("PUT", ["GET"]).status).toEqualTypeOf<405>();
    expectTypeOf(new NotAcceptable().status).toEqualTypeOf<406>();
    expectTypeOf(new UnsupportedMediaType("text/csv").status).toEqualTypeOf<415>();
    expectTypeOf(NotFound.status).toEqualTypeOf<404>();
    expectTypeOf(Throttled.status).toEqualTypeOf<429>();
    expectTypeOf(NotAuthenticated.status).toEqualTypeOf<401>();
    expectTypeOf<NotFound>().toEqualTypeOf<APIException<404>>();
    expectTypeOf<AuthenticationFailed>().toEqualTypeOf<APIException<401 | 403>>();
    expectTypeOf(
      new NotFound<{ id: number }>("No user 7.", { extensions: { id: 7 } }).extensions.id,
    ).toEqualTypeOf<number>();
    const thrown: unknown = new NotFound();
    if (thrown instanceof NotFound) expectTypeOf(thrown.status).toEqualTypeOf<404>();
    class UserNotFound extends NotFound {
      static override readonly defaultDetail = "No such user.";
    }
    const user: NotFound = new UserNotFound();
    expectTypeOf(user.status).toEqualTypeOf<404>();
    expect([thrown instanceof NotFound, user instanceof NotFound, user.detail]).toEqual([true, true, "No such user."]);
  });

  it("narrows with isHttpError", () => {
    const value: unknown = new MethodNotAllowed("PUT", ["GET"]);
    if (isHttpError(value)) expectTypeOf(value.status).toEqualTypeOf<HttpErrorStatus>();
    expect(isHttpError(value)).toBe(true);
  });

  it("types parseProblemDetails by its input", () => {
    expectTypeOf(parseProblemDetails({})).toEqualTypeOf<ProblemDetails | undefined>();
    expectTypeOf(parseProblemDetails(new Response("{}"))).toEqualTypeOf<Promise<ProblemDetails | undefined>>();
  });
});
