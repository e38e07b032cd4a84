import { inspect } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isClientError,
  isError,
  isInformational,
  isRedirect,
  isServerError,
  isStatusCode,
  isSuccess,
  statusCategory,
} from "../src/index.js";

const guards = [
  ["isInformational", isInformational, 100, 199, "informational"],
  ["isSuccess", isSuccess, 200, 299, "success"],
  ["isRedirect", isRedirect, 300, 399, "redirect"],
  ["isClientError", isClientError, 400, 499, "client-error"],
  ["isServerError", isServerError, 500, 599, "server-error"],
] as const;

// Values that are not integers 100..599, whatever JavaScript might coerce them to.
const notStatusCodes: unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  99,
  600,
  404.5,
  199.9999,
  -404,
  1e3,
  // Beyond 32 bits: a test that truncated to an int32 would read these as 250 and 404.
  2 ** 32 + 250,
  2 ** 32 + 404,
  -(2 ** 32) + 404,
  2 ** 53 + 404,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  "404",
  " 404 ",
  "",
  null,
  undefined,
  true,
  404n,
  [404],
  { valueOf: () => 404 },
  {
    valueOf: () => {
      throw new Error("must not be called");
    },
  },
  Object.create(null),
  new Number(404),
  Symbol("404"),
  () => 404,
];

describe("class guards (DRF's is_informational ... is_server_error)", () => {
  describe.each(guards)("%s", (_name, guard, low, high) => {
    it(`is true at the bounds ${low} and ${high} and for unregistered codes between`, () => {
      expect(guard(low)).toBe(true);
      expect(guard(high)).toBe(true);
      expect(guard(low + 50)).toBe(true);
    });

    it(`is false just outside: ${low - 1} and ${high + 1}`, () => {
      expect(guard(low - 1)).toBe(false);
      expect(guard(high + 1)).toBe(false);
    });

    it("agrees with DRF's range check on every integer", () => {
      fc.assert(fc.property(fc.integer(), (code) => guard(code) === (low <= code && code <= high)));
    });

    it("is false for every non-integer and non-number, and never throws", () => {
      for (const value of notStatusCodes) {
        if (value === 0 || value === 99 || value === 600 || value === -404 || value === 1e3) continue;
        expect(guard(value as number), inspect(value)).toBe(false);
      }
      fc.assert(
        fc.property(fc.anything(), (value) => {
          fc.pre(!Number.isInteger(value));
          return !guard(value as number);
        }),
      );
      fc.assert(
        fc.property(fc.double(), (value) => {
          fc.pre(!Number.isInteger(value));
          return !guard(value);
        }),
      );
    });
  });

  it("isError is true exactly for 400..599", () => {
    fc.assert(fc.property(fc.integer(), (code) => isError(code) === (code >= 400 && code <= 599)));
    expect(isError(404.5)).toBe(false);
  });

  it("is true for a value exactly when isStatusCode is true for it and the value is in the class", () => {
    const anyValue = fc.oneof(fc.integer({ min: 0, max: 700 }), fc.double(), fc.anything());
    fc.assert(
      fc.property(anyValue, (value) => {
        const inSomeClass = guards.some(([, guard]) => guard(value as number));
        return (
          inSomeClass === isStatusCode(value) && isError(value as number) === (isStatusCode(value) && value >= 400)
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("puts every status code in exactly one class", () => {
    for (let code = 100; code <= 599; code++) {
      expect(guards.filter(([, guard]) => guard(code))).toHaveLength(1);
    }
  });
});

describe("isStatusCode", () => {
  it("accepts exactly the integers 100..599 (RFC 9110, Section 15)", () => {
    fc.assert(fc.property(fc.integer(), (code) => isStatusCode(code) === (code >= 100 && code <= 599)));
  });

  it("rejects everything that is not such an integer, without coercing or throwing", () => {
    for (const value of notStatusCodes) expect(isStatusCode(value), inspect(value)).toBe(false);
    fc.assert(
      fc.property(fc.anything(), (value) => {
        fc.pre(typeof value !== "number");
        return !isStatusCode(value);
      }),
    );
  });
});

describe("statusCategory", () => {
  it.each(guards)("names the %s class %s at both bounds", (_name, _guard, low, high, category) => {
    expect(statusCategory(low)).toBe(category);
    expect(statusCategory(high)).toBe(category);
  });

  it("agrees with the guards on every integer, and is undefined outside 100..599", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 2000 }), (code) => {
        const match = guards.find(([, guard]) => guard(code));
        return statusCategory(code) === match?.[4];
      }),
    );
  });

  it("is undefined for every bad input", () => {
    for (const value of notStatusCodes) expect(statusCategory(value as number), inspect(value)).toBeUndefined();
  });
});
