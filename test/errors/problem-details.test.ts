import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  HttpError,
  type HttpErrorStatus,
  headerRequiredStatuses,
  isProblemContentType,
  isProblemDetails,
  NotFound,
  PROBLEM_JSON,
  parseProblemDetails,
  problemResponse,
  reservedMemberNames,
  Throttled,
  toProblemDetails,
} from "../../src/errors/index.js";
import { allStatuses, isError, statusInfo } from "../../src/index.js";

const errorStatuses = allStatuses()
  .filter((info) => isError(info.code))
  .map((info) => info.code as HttpErrorStatus);

describe("toProblemDetails", () => {
  it("gives type about:blank, the reason phrase as title, the status, detail, instance, code and extensions", () => {
    const error = new HttpError(409, "The name is taken", { instance: "/names/ada", extensions: { name: "ada" } });
    expect(JSON.parse(JSON.stringify(toProblemDetails(error)))).toEqual({
      type: "about:blank",
      title: "Conflict",
      status: 409,
      detail: "The name is taken",
      instance: "/names/ada",
      code: "conflict",
      name: "ada",
    });
  });

  it("leaves out detail and instance when there are none", () => {
    expect(Object.keys(toProblemDetails(new HttpError(404)))).toEqual(["type", "title", "status", "code"]);
  });

  it("gives a problem type's own title with its type", () => {
    const problem = toProblemDetails(
      new HttpError(403, { type: "https://example.com/probs/credit", title: "No credit" }),
    );
    expect([problem.type, problem.title]).toEqual(["https://example.com/probs/credit", "No credit"]);
  });

  it("hides detail, code and extensions of an error that is not exposed (a 5xx by default)", () => {
    const error = new HttpError(500, "password=hunter2", { extensions: { query: "SELECT secret" } });
    expect(toProblemDetails(error)).toEqual({ type: "about:blank", title: "Internal Server Error", status: 500 });
    const shown = toProblemDetails(new HttpError(503, "Down for maintenance", { expose: true }));
    expect(shown.detail).toBe("Down for maintenance");
  });

  it("never sends the cause", () => {
    const error = new HttpError(400, { cause: new Error("internal path /srv/app") });
    expect(JSON.stringify(toProblemDetails(error))).not.toContain("/srv/app");
  });
});

describe("problemResponse", () => {
  it("answers with the status, reason phrase, problem+json and the error's headers", async () => {
    const response = problemResponse(new Throttled(30), { headers: { "Cache-Control": "no-store" } });
    expect(response.status).toBe(429);
    expect(response.statusText).toBe("Too Many Requests");
    expect(response.headers.get("content-type")).toBe(PROBLEM_JSON);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      type: "about:blank",
      title: "Too Many Requests",
      status: 429,
      detail: "Too many requests. Try again in 30 seconds.",
      code: "throttled",
    });
  });

  it("keeps the registered reason phrase as statusText when the problem type has its own title", () => {
    const response = problemResponse(new HttpError(403, { type: "https://example.com/p", title: "No credit" }));
    expect(response.statusText).toBe("Forbidden");
  });

  it.each(errorStatuses)("answers a %i", async (code) => {
    const required = headerRequiredStatuses.includes(code) ? statusInfo(code)?.headers[0] : undefined;
    const value = code === 416 ? "bytes */100" : "x";
    const error = new HttpError(code, { headers: required ? { "x-required": "1", [required]: value } : {} });
    const response = problemResponse(error);
    expect(response.status).toBe(code);
    expect(await parseProblemDetails(response)).toEqual(JSON.parse(JSON.stringify(toProblemDetails(error))));
  });
});

describe("parseProblemDetails", () => {
  it("reads the standard members and keeps extensions", () => {
    expect(
      parseProblemDetails({
        type: "https://example.com/probs/out-of-credit",
        title: "You do not have enough credit.",
        detail: "Your current balance is 30, but that costs 50.",
        instance: "/account/12345/msgs/abc",
        balance: 30,
        accounts: ["/account/12345", "/account/67890"],
      }),
    ).toEqual({
      type: "https://example.com/probs/out-of-credit",
      title: "You do not have enough credit.",
      detail: "Your current balance is 30, but that costs 50.",
      instance: "/account/12345/msgs/abc",
      balance: 30,
      accounts: ["/account/12345", "/account/67890"],
    });
  });

  it("ignores members of the wrong type, as RFC 9457 Section 3.1 says", () => {
    expect(
      parseProblemDetails({ type: 7, title: ["x"], status: "404", detail: null, instance: {}, extra: true }),
    ).toEqual({ type: "about:blank", extra: true });
    expect(parseProblemDetails({ status: 404.5 })).toEqual({ type: "about:blank" });
    expect(parseProblemDetails({ status: 700 })).toEqual({ type: "about:blank" });
  });

  it("treats a missing type as about:blank", () => {
    expect(parseProblemDetails({})).toEqual({ type: "about:blank" });
  });

  it.each([null, undefined, 0, "problem", [], [{ type: "about:blank" }], true, () => ({})])(
    "gives undefined for %s, which is not a JSON object",
    (value) => {
      expect(parseProblemDetails(value)).toBeUndefined();
    },
  );

  it("survives hostile input without throwing", () => {
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error("trap");
        },
        ownKeys() {
          throw new Error("trap");
        },
      },
    );
    expect(parseProblemDetails(throwing)).toBeUndefined();
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(parseProblemDetails(proxy)).toBeUndefined();
    const getter = Object.defineProperty({}, "title", {
      enumerable: true,
      get() {
        throw new Error("getter");
      },
    });
    expect(parseProblemDetails(getter)).toBeUndefined();
    let deep: unknown = {};
    for (let depth = 0; depth < 100_000; depth++) deep = { nested: deep };
    expect(parseProblemDetails(deep)?.type).toBe("about:blank");
  });

  it("keeps a __proto__ member as an own member and pollutes nothing", () => {
    const problem = parseProblemDetails(JSON.parse('{"__proto__": {"polluted": true}, "title": "x"}'));
    expect(problem && Object.hasOwn(problem, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((problem as Record<string, unknown> | undefined)?.polluted).toBeUndefined();
  });

  it("reads a problem+json Response, filling in the status from the response when the body has none", async () => {
    const body = JSON.stringify({ title: "Gone for good" });
    const response = new Response(body, {
      status: 410,
      headers: { "content-type": "application/problem+json; charset=utf-8" },
    });
    expect(await parseProblemDetails(response)).toEqual({ type: "about:blank", title: "Gone for good", status: 410 });
  });

  it.each([
    ["a JSON response", new Response('{"title":"x"}', { headers: { "content-type": "application/json" } })],
    ["a response without a content type", new Response('{"title":"x"}')],
    ["a problem+json response that is not JSON", new Response("{oops", { headers: { "content-type": PROBLEM_JSON } })],
    ["a problem+json response with a JSON array", new Response("[1]", { headers: { "content-type": PROBLEM_JSON } })],
    [
      "a response whose body fails",
      {
        status: 500,
        headers: new Headers({ "content-type": PROBLEM_JSON }),
        text: () => Promise.reject(new Error("reset")),
      },
    ],
  ])("gives undefined for %s", async (_name, response) => {
    await expect(parseProblemDetails(response as Response)).resolves.toBeUndefined();
  });

  it("round-trips every problem document toProblemDetails makes (property)", () => {
    const extensionName = fc
      .string({ minLength: 1, maxLength: 12 })
      .filter((name) => !reservedMemberNames.includes(name) && !name.startsWith("*"));
    const withoutHeaders = errorStatuses.filter((code) => !headerRequiredStatuses.includes(code));
    fc.assert(
      fc.property(
        fc.constantFrom(...withoutHeaders),
        fc.option(fc.string(), { nil: undefined }),
        fc.option(fc.webUrl(), { nil: undefined }),
        fc.option(fc.webPath(), { nil: undefined }),
        fc.dictionary(extensionName, fc.jsonValue()),
        fc.boolean(),
        (status, detail, type, instance, extensions, expose) => {
          const error = new HttpError(status, { detail, type, instance, extensions, expose });
          const problem = toProblemDetails(error);
          const wire = JSON.stringify(problem);
          const parsed = parseProblemDetails(JSON.parse(wire));
          expect(JSON.stringify(parsed)).toBe(wire);
          expect(parseProblemDetails(problem)).toEqual(problem);
          expect(isProblemDetails(problem)).toBe(true);
        },
      ),
    );
  });
});

describe("isProblemDetails and isProblemContentType", () => {
  it("holds a problem document to the member types", () => {
    expect(isProblemDetails(toProblemDetails(new NotFound()))).toBe(true);
    expect(isProblemDetails({})).toBe(true);
    expect(isProblemDetails({ status: "404" })).toBe(false);
    expect(isProblemDetails({ type: null })).toBe(false);
    expect(isProblemDetails([])).toBe(false);
    expect(isProblemDetails("about:blank")).toBe(false);
  });

  it.each([
    ["application/problem+json", true],
    ["Application/Problem+JSON", true],
    ["application/problem+json; charset=utf-8", true],
    [" application/problem+json ;q=1", true],
    ["application/json", false],
    ["application/problem+xml", false],
    ["application/problem+jsonx", false],
    ["", false],
    [null, false],
  ])("says %j is problem+json: %s", (value, expected) => {
    expect(isProblemContentType(value)).toBe(expected);
  });
});

describe("plain problem documents", () => {
  it("are written with the standard members first, in RFC 9457's order, and the extensions after", () => {
    const problem = toProblemDetails({ balance: 30, detail: "Your balance is 30.", status: 403, instance: "/account" });
    expect(Object.entries(problem)).toEqual([
      ["type", "about:blank"],
      ["title", "Forbidden"],
      ["status", 403],
      ["detail", "Your balance is 30."],
      ["instance", "/account"],
      ["balance", 30],
    ]);
  });

  it("keep a problem type's own title, and with about:blank take the status's phrase", () => {
    const typed = toProblemDetails({ type: "https://example.com/probs/credit", title: "Out of credit", status: 403 });
    expect([typed.type, typed.title]).toEqual(["https://example.com/probs/credit", "Out of credit"]);
    expect(toProblemDetails({ title: "Nope", status: 403 }).title).toBe("Forbidden");
    expect(toProblemDetails({ status: 499 }).title).toBe("Client Closed Request");
  });

  it("write a 5xx's detail as given: a plain document is what the caller chose to send", () => {
    expect(toProblemDetails({ status: 503, detail: "Down for maintenance." }).detail).toBe("Down for maintenance.");
  });

  it.each([
    ["no status", {}],
    ["a status outside 400 to 599", { status: 200 }],
    ["a status that is a string", { status: "404" }],
    ["a fractional status", { status: 404.5 }],
    ["a type that is not a string", { status: 404, type: 7 }],
    ["a title that is not a string", { status: 404, title: null }],
    ["a detail that is not a string", { status: 404, detail: ["x"] }],
    ["an instance that is not a string", { status: 404, instance: {} }],
    ["an extension named with a leading *", { status: 404, "*future": 1 }],
    ["an array", [404]],
    ["null", null],
  ])("refuse %s with a TypeError", (_name, problem) => {
    expect(() => toProblemDetails(problem as never)).toThrow(TypeError);
    expect(() => problemResponse(problem as never)).toThrow(TypeError);
  });

  it("read only the object's own members", () => {
    const prototype = Object.prototype as Record<string, unknown>;
    prototype.detail = "injected";
    prototype.injected = true;
    try {
      expect({ ...toProblemDetails({ status: 404 }) }).toEqual({
        type: "about:blank",
        title: "Not Found",
        status: 404,
      });
    } finally {
      delete prototype.detail;
      delete prototype.injected;
    }
    const inherited = Object.create({ status: 404 }) as never;
    expect(() => toProblemDetails(inherited)).toThrow(TypeError);
  });

  it("make a problem+json Response with the status's phrase and the extra headers", async () => {
    const response = problemResponse(
      { status: 404, detail: "No user 42." },
      { headers: { "Cache-Control": "no-store" } },
    );
    expect([response.status, response.statusText, response.headers.get("content-type")]).toEqual([
      404,
      "Not Found",
      PROBLEM_JSON,
    ]);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      type: "about:blank",
      title: "Not Found",
      status: 404,
      detail: "No user 42.",
    });
  });

  it("are the documents statuskit serve sends: the same function writes both", async () => {
    const { problemBody } = await import("../../src/serve/response-body.js");
    const body = problemBody(400, "the query is not valid");
    expect(body.bytes.toString("utf8")).toBe(
      JSON.stringify(toProblemDetails({ status: 400, detail: "the query is not valid" })),
    );
  });
});
