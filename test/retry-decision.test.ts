import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { allStatuses, type RetryDecision, type RetryReason, retryDecision } from "../src/index.js";

const get = { method: "GET", attempt: 1 } as const;
const half = () => 0.5;

describe("retryDecision follows the table's retryable fact", () => {
  it("retries exactly the codes the table calls retryable, and no other code from 100 to 599", () => {
    const retryable = new Set(
      allStatuses()
        .filter((info) => info.retryable)
        .map((info) => info.code),
    );
    expect(retryable.size).toBeGreaterThan(0);
    for (let code = 100; code <= 599; code++) {
      const decision = retryDecision(code, { ...get, random: half });
      expect(decision.retry, String(code)).toBe(retryable.has(code as never));
      expect(decision.reason, String(code)).toBe(retryable.has(code as never) ? "backoff" : "not-retryable");
    }
  });

  it("does not retry a number that is not a status code", () => {
    for (const status of [0, -1, 503.5, Number.NaN, 1e9])
      expect(retryDecision(status, get).reason).toBe("not-retryable");
  });
});

describe("retryDecision retries only idempotent methods (RFC 9110, Section 9.2.2)", () => {
  it.each(["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"])("retries %s", (method) => {
    expect(retryDecision(503, { method, attempt: 1 }).retry).toBe(true);
  });

  it.each(["POST", "PATCH", "CONNECT", "get", "PROPFIND", ""])("does not retry %j", (method) => {
    expect(retryDecision(503, { method, attempt: 1 })).toEqual({ retry: false, delayMs: 0, reason: "not-idempotent" });
  });

  it("retries exactly the methods the API page lists", () => {
    const page = readFileSync(new URL("../docs/api.md", import.meta.url), "utf8");
    const listed = /Section 9\.2\.2 \(([^;]*);/
      .exec(page)?.[1]
      ?.match(/`[A-Z]+`/g)
      ?.map((name) => name.slice(1, -1));
    expect(listed).toEqual(["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"]);
    for (const method of ["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE", "POST", "PATCH", "CONNECT"]) {
      expect(retryDecision(503, { method, attempt: 1 }).retry, method).toBe(listed?.includes(method));
    }
  });

  it("retries a POST when the caller says it is safe to repeat", () => {
    expect(retryDecision(503, { method: "POST", attempt: 1, retryNonIdempotent: true, random: half })).toEqual({
      retry: true,
      delayMs: 50,
      reason: "backoff",
    });
  });

  it("ignores retryNonIdempotent inherited from a polluted prototype", () => {
    const options = Object.create({ retryNonIdempotent: true }) as { method: string; attempt: number };
    options.method = "POST";
    options.attempt = 1;
    expect(retryDecision(503, options).reason).toBe("not-idempotent");
  });

  it("says a status is not retryable before it says a method is not idempotent", () => {
    expect(retryDecision(404, { method: "POST", attempt: 1 }).reason).toBe("not-retryable");
  });
});

describe("retryDecision stops after maxAttempts", () => {
  it("retries attempts 1 and 2 of the default 3, not the third", () => {
    expect(retryDecision(503, { ...get, attempt: 2 }).retry).toBe(true);
    expect(retryDecision(503, { ...get, attempt: 3 })).toEqual({
      retry: false,
      delayMs: 0,
      reason: "attempts-exhausted",
    });
  });

  it("takes a maxAttempts of its own", () => {
    expect(retryDecision(503, { ...get, attempt: 1, maxAttempts: 1 }).reason).toBe("attempts-exhausted");
    expect(retryDecision(503, { ...get, attempt: 9, maxAttempts: 10 }).retry).toBe(true);
    expect(retryDecision(503, { ...get, attempt: 10, maxAttempts: 10 }).retry).toBe(false);
  });
});

describe("retryDecision backs off exponentially with full jitter", () => {
  it("draws from 0 to base * 2^(attempt - 1), capped", () => {
    const options = { ...get, maxAttempts: 100, baseDelayMs: 100, maxDelayMs: 1000 };
    const top = () => 0.999_999;
    expect([1, 2, 3, 4, 5].map((attempt) => retryDecision(503, { ...options, attempt, random: top }).delayMs)).toEqual([
      99, 199, 399, 799, 999,
    ]);
    expect(retryDecision(503, { ...options, attempt: 3, random: () => 0 }).delayMs).toBe(0);
    expect(retryDecision(503, { ...options, attempt: 60, random: half }).delayMs).toBe(500);
  });

  it("uses the defaults base 100 and cap 20000", () => {
    const options = { ...get, maxAttempts: 100, random: half };
    expect(retryDecision(503, options).delayMs).toBe(50);
    expect(retryDecision(503, { ...options, attempt: 20 }).delayMs).toBe(10_000);
  });

  it("gives the same delays for the same random source, and stays within its range for any draw", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        (attempt, draw, baseDelayMs, maxDelayMs) => {
          const options = { ...get, attempt, maxAttempts: 41, baseDelayMs, maxDelayMs, random: () => draw };
          const { delayMs } = retryDecision(502, options);
          expect(retryDecision(502, options).delayMs).toBe(delayMs);
          expect(Number.isInteger(delayMs)).toBe(true);
          expect(delayMs).toBeGreaterThanOrEqual(0);
          expect(delayMs).toBeLessThanOrEqual(Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)));
        },
      ),
    );
  });

  it("uses Math.random when no source is given", () => {
    const delays = new Set(
      Array.from({ length: 50 }, () => retryDecision(503, { ...get, baseDelayMs: 1e6, maxDelayMs: 1e6 }).delayMs),
    );
    expect(delays.size).toBeGreaterThan(1);
  });
});

describe("retryDecision obeys Retry-After", () => {
  const response = (status: number, retryAfter?: string) =>
    new Response(null, { status, headers: retryAfter === undefined ? {} : { "Retry-After": retryAfter } });

  it("waits the seconds a fetch Response's Retry-After gives", () => {
    expect(retryDecision(response(503, "3"), get)).toEqual({ retry: true, delayMs: 3000, reason: "retry-after" });
    expect(retryDecision(response(429, "0"), get)).toEqual({ retry: true, delayMs: 0, reason: "retry-after" });
  });

  it("waits until a Retry-After date, from now", () => {
    const now = Date.UTC(2026, 11, 3, 12, 0, 0);
    const decision = retryDecision(response(503, "Thu, 03 Dec 2026 12:00:05 GMT"), { ...get, now });
    expect(decision).toEqual({ retry: true, delayMs: 5000, reason: "retry-after" });
  });

  it("falls back to backoff when Retry-After is missing or invalid", () => {
    for (const value of [undefined, "soon", "1.5", "-1", "Thu, 03 Dec 2026 12:00:05 UTC"]) {
      expect(retryDecision(response(503, value), { ...get, random: half }), String(value)).toEqual({
        retry: true,
        delayMs: 50,
        reason: "backoff",
      });
    }
  });

  it("does not retry when Retry-After asks for longer than maxDelayMs, and says how long it asked", () => {
    expect(retryDecision(response(503, "21"), get)).toEqual({
      retry: false,
      delayMs: 21_000,
      reason: "retry-after-too-long",
    });
    expect(retryDecision(response(503, "20"), get).reason).toBe("retry-after");
    expect(retryDecision(response(503, "5"), { ...get, maxDelayMs: 4999 }).reason).toBe("retry-after-too-long");
  });

  it("still refuses a status that is not retryable, or an attempt past the last, whatever Retry-After says", () => {
    expect(retryDecision(response(301, "1"), get).reason).toBe("not-retryable");
    expect(retryDecision(response(503, "1"), { ...get, attempt: 3 }).reason).toBe("attempts-exhausted");
    expect(retryDecision(response(503, "1"), { ...get, method: "POST" }).reason).toBe("not-idempotent");
  });

  it("reads headers given as a plain object, in any case, as Node and axios give them", () => {
    expect(retryDecision({ status: 503, headers: { "retry-after": "2" } }, get).delayMs).toBe(2000);
    expect(retryDecision({ status: 503, headers: { "Retry-After": "2" } }, get).delayMs).toBe(2000);
    expect(retryDecision({ status: 503, headers: { "retry-after": ["2"] } }, get).delayMs).toBe(2000);
    expect(
      retryDecision({ status: 503, headers: { "retry-after": ["2", "3"] } }, { ...get, random: half }).reason,
    ).toBe("backoff");
    expect(retryDecision({ status: 503 }, { ...get, random: half }).reason).toBe("backoff");
  });

  it("does not read a Retry-After inherited from a polluted prototype", () => {
    const headers = Object.create({ "retry-after": "9" }) as Record<string, string>;
    expect(retryDecision({ status: 503, headers }, { ...get, random: half }).reason).toBe("backoff");
  });
});

describe("retryDecision refuses bad arguments with a clear error", () => {
  it.each([[null], [undefined], ["503"], [{}], [{ status: "503" }]])("a TypeError for the response %j", (value) => {
    expect(() => retryDecision(value as never, get)).toThrow(TypeError);
  });

  it.each([
    [{ attempt: 0 }],
    [{ attempt: 1.5 }],
    [{ attempt: Number.NaN }],
    [{ maxAttempts: 0 }],
    [{ baseDelayMs: -1 }],
    [{ maxDelayMs: Number.POSITIVE_INFINITY }],
    [{ now: Number.NaN }],
    [{ now: new Date(Number.NaN) }],
    [{ random: () => 1 }],
    [{ random: () => -0.1 }],
    [{ random: () => Number.NaN }],
  ])("a RangeError for %j", (bad) => {
    expect(() => retryDecision(503, { ...get, ...bad })).toThrow(RangeError);
  });

  it("a TypeError for a method that is not a string", () => {
    expect(() => retryDecision(503, { attempt: 1 } as never)).toThrow(TypeError);
  });
});

describe("retryDecision's types", () => {
  it("answers a RetryDecision whose reason is the documented union", () => {
    expectTypeOf(retryDecision(503, get)).toEqualTypeOf<RetryDecision>();
    expectTypeOf<RetryReason>().toEqualTypeOf<
      "retry-after" | "backoff" | "not-retryable" | "not-idempotent" | "attempts-exhausted" | "retry-after-too-long"
    >();
    expectTypeOf(retryDecision).parameter(0).toEqualTypeOf<number | import("../src/index.js").ResponseLike>();
  });

  it("takes a fetch Response and requires method and attempt", () => {
    retryDecision(new Response(null, { status: 503 }), get);
    // @ts-expect-error method is required
    expect(() => retryDecision(503, { attempt: 1 })).toThrow(TypeError);
    // @ts-expect-error attempt is required
    expect(() => retryDecision(503, { method: "GET" })).toThrow(RangeError);
    // @ts-expect-error a status is a number
    expect(() => retryDecision("503", get)).toThrow(TypeError);
  });
});
