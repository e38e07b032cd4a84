import { describe, expect, it } from "vitest";
import {
  asHttpError,
  createHttpError,
  HttpError,
  MethodNotAllowed,
  NotFound,
  problemResponse,
  Throttled,
  toProblemDetails,
  ValidationError,
} from "../../src/errors/index.js";

// What a vulnerable deep merge adds to Object.prototype: enumerable members
// named as the options and error members that decide what a client is sent,
// and the mark isHttpError trusts.
const pollution: Record<PropertyKey, unknown> = {
  expose: true,
  detail: "injected detail",
  headers: { "x-injected": "1" },
  extensions: { injected: true },
  code: "injected",
  type: "https://attacker.example/problem",
  title: "Injected",
  instance: "/injected",
  retryAfter: 9999,
  cause: "injected cause",
  status: 400,
  statusCode: 400,
  message: "injected message",
  [Symbol.for("statuskit.HttpError")]: true,
};

/** Runs `body` with `pollution` assigned to `Object.prototype`, then removes it. */
function polluted<T>(body: () => T): T {
  const prototype = Object.prototype as Record<PropertyKey, unknown>;
  for (const key of Reflect.ownKeys(pollution)) prototype[key] = pollution[key];
  try {
    return body();
  } finally {
    for (const key of Reflect.ownKeys(pollution)) delete prototype[key];
  }
}

/** What a client is sent for an error, and what a log reads of it. */
function sent(error: HttpError) {
  const logged = { detail: error.detail, caused: Object.hasOwn(error, "cause") };
  return { headers: { ...error.headers }, problem: { ...toProblemDetails(error) }, logged };
}

const secret = "database password is hunter2";

const cases: [string, () => unknown][] = [
  ["a 5xx HttpError with a detail", () => sent(new HttpError(500, secret))],
  ["an HttpError with empty options", () => sent(new HttpError(404, {}))],
  ["a DRF exception with empty options", () => sent(new NotFound(undefined, {}))],
  ["Throttled with no wait", () => sent(new Throttled(undefined, undefined, {}))],
  ["MethodNotAllowed", () => sent(new MethodNotAllowed("PUT", ["GET"], undefined, {}))],
  ["ValidationError", () => sent(new ValidationError("Bad.", {}))],
  ["createHttpError with a 5xx and empty options", () => sent(createHttpError(502, undefined, {}))],
  ["asHttpError of a plain Error", () => sent(asHttpError(new Error(secret)))],
  [
    "asHttpError of a look-alike that exposes a 5xx",
    () => sent(asHttpError({ status: 500, expose: true, detail: secret })),
  ],
  ["problemResponse with empty init", () => [...problemResponse(new HttpError(404), {}).headers]],
];

describe("with Object.prototype polluted", () => {
  it.each(cases)("sends the same for %s, reading only own options and members", (_name, make) => {
    expect(polluted(make)).toEqual(make());
  });
});

describe("with Error.prototype polluted", () => {
  it("asHttpError reads status, expose and headers from the error and its class, never from Error.prototype", () => {
    const prototype = Error.prototype as unknown as Record<string, unknown>;
    const added = { expose: true, status: 400, statusCode: 400, headers: { "x-injected": "1" } };
    const make = () => {
      const plain = asHttpError(new Error(secret));
      const typed = asHttpError(new TypeError(secret));
      const exposedByDefault = asHttpError(Object.assign(new Error("Bad JSON"), { status: 502 }));
      return [plain, typed, exposedByDefault].map(sent);
    };
    const clean = make();
    Object.assign(prototype, added);
    try {
      expect(make()).toEqual(clean);
    } finally {
      for (const key of Object.keys(added)) delete prototype[key];
    }
    expect(clean[0]?.problem.status).toBe(500);
  });

  it("asHttpError still reads what a class puts on its own prototype, as http-errors does", () => {
    class Teapot extends Error {}
    Object.assign(Teapot.prototype, { status: 418, expose: true });
    expect([asHttpError(new Teapot("short and stout")).status, asHttpError(new Teapot("x")).detail]).toEqual([
      418,
      "x",
    ]);
  });
});
