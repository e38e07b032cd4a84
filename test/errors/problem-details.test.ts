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
    const required = headerRequiredStatuses.includes(code) ? statusInfo(code).headers[0] : undefined;
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
