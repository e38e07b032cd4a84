import { describe, expect, it } from "vitest";
import {
  asHttpError,
  createHttpError,
  HttpError,
  isHttpError,
  MethodNotAllowed,
  NotFound,
  Throttled,
  toProblemDetails,
  ValidationError,
} from "../../src/errors/index.js";

/** Runs `body` with `members` added to `Object.prototype`, then removes them. */
function withPollutedPrototype<T>(members: Record<string, unknown>, body: () => T): T {
  const prototype = Object.prototype as Record<string, unknown>;
  for (const [name, value] of Object.entries(members)) {
    Object.defineProperty(prototype, name, { value, configurable: true, writable: true, enumerable: false });
  }
  try {
    return body();
  } finally {
    for (const name of Object.keys(members)) delete prototype[name];
  }
}

const pollution = {
  expose: true,
  type: "https://attacker.example/problem",
  title: "Injected",
  code: "injected",
  detail: "injected detail",
  instance: "/injected",
  retryAfter: 9999,
  headers: { "x-injected": "1" },
  extensions: { injected: true },
};

describe("options read only their own members, never Object.prototype's", () => {
  it("keeps a 5xx's detail hidden when Object.prototype has expose: true", () => {
    const document = withPollutedPrototype(pollution, () =>
      toProblemDetails(new HttpError(500, "database password is hunter2")),
    );
    expect({ ...document }).toEqual({ type: "about:blank", title: "Internal Server Error", status: 500 });
  });

  it("keeps every default of an error made with an empty options object", () => {
    const error = withPollutedPrototype(pollution, () => new HttpError(404, {}));
    expect(error.expose).toBe(true);
    expect(error.type).toBe("about:blank");
    expect(error.title).toBe("Not Found");
    expect(error.code).toBe("not_found");
    expect(error.detail).toBeUndefined();
    expect(error.instance).toBeUndefined();
    expect({ ...error.headers }).toEqual({});
    expect({ ...error.extensions }).toEqual({});
    expect("cause" in error).toBe(false);
  });

  it("keeps the defaults of DRF's exceptions and createHttpError", () => {
    withPollutedPrototype(pollution, () => {
      const notFound = new NotFound(undefined, {});
      expect([notFound.code, notFound.type, notFound.title]).toEqual(["not_found", "about:blank", "Not Found"]);
      expect(new Throttled(undefined, undefined, {}).headers).not.toHaveProperty("retry-after");
      expect({ ...new MethodNotAllowed("PUT", ["GET"], undefined, {}).headers }).toEqual({ allow: "GET" });
      expect(Object.keys(new ValidationError("Bad.", {}).extensions)).toEqual(["errors"]);
      const created = createHttpError(502, undefined, {});
      expect([created.detail, created.expose, created.code]).toEqual([undefined, false, "bad_gateway"]);
    });
  });
});

describe("asHttpError reads a thrown value's members, never Object.prototype's", () => {
  it("keeps a plain Error a 500 that tells nothing when Object.prototype has status and expose", () => {
    const error = withPollutedPrototype({ status: 400, statusCode: 400, expose: true, headers: { "x-a": "1" } }, () =>
      asHttpError(new Error("database password is hunter2")),
    );
    expect([error.status, error.detail, { ...error.headers }]).toEqual([500, undefined, {}]);
  });

  it("still reads status and expose from a class prototype, as http-errors sets them", () => {
    class Foreign extends Error {}
    Object.assign(Foreign.prototype, { status: 409, expose: true });
    const error = asHttpError(new Foreign("Already taken"));
    expect([error.status, error.detail]).toEqual([409, "Already taken"]);
  });
});

describe("isHttpError under a polluted prototype", () => {
  it("does not count a mark inherited from Object.prototype", () => {
    const mark = Symbol.for("statuskit.HttpError");
    const prototype = Object.prototype as unknown as Record<symbol, unknown>;
    Object.defineProperty(prototype, mark, { value: true, configurable: true });
    try {
      expect(isHttpError({ status: 404, message: "look-alike" })).toBe(false);
      expect(isHttpError(new HttpError(404))).toBe(true);
    } finally {
      delete prototype[mark];
    }
  });

  it("still makes errors when Object.prototype has a get member", () => {
    const error = withPollutedPrototype({ get: () => 1 }, () => new HttpError(404));
    expect(isHttpError(error)).toBe(true);
  });
});
