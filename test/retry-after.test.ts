import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "../src/index.js";
import { readRetryAfter } from "../src/retry-after.js";
import { countedText, patternRuns } from "./work-counting.js";

const shortDays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const longDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (n: number) => String(n).padStart(2, "0");

/** The three HTTP-date forms of one instant, written from the parts of a `Date` (not by the code under test). */
function httpDates(milliseconds: number) {
  const date = new Date(milliseconds);
  const day = date.getUTCDay();
  const time = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
  const month = months[date.getUTCMonth()];
  const year = date.getUTCFullYear();
  return {
    imf: date.toUTCString(),
    rfc850: `${longDays[day]}, ${two(date.getUTCDate())}-${month}-${two(year % 100)} ${time} GMT`,
    asctime: `${shortDays[day]} ${month} ${String(date.getUTCDate()).padStart(2, " ")} ${time} ${year}`,
  };
}

// RFC 9110's own examples (Sections 5.6.7 and 10.2.3) and the instant they name.
const rfcInstant = Date.UTC(1994, 10, 6, 8, 49, 37);

describe("parseRetryAfter reads delay-seconds", () => {
  it.each([
    ["120", 120_000],
    ["0", 0],
    ["007", 7000],
    [" 5\t", 5000],
    ["2147483647", 2_147_483_647_000],
  ])("%j is %d ms", (value, expected) => {
    expect(parseRetryAfter(value)).toBe(expected);
  });

  it("counts a number too large to represent as 2^31 seconds (RFC 9111, Section 1.2.2)", () => {
    for (const value of ["2147483648", "2147483649", "9".repeat(40), `1${"0".repeat(63)}`]) {
      expect(parseRetryAfter(value), value).toBe(2_147_483_648_000);
    }
  });

  it("does not depend on now", () => {
    expect(parseRetryAfter("3", 0)).toBe(3000);
    expect(parseRetryAfter("3", new Date(8.64e15))).toBe(3000);
  });

  it("agrees with the integer's own value for any whole number up to 2^31", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        (seconds) => parseRetryAfter(String(seconds)) === seconds * 1000,
      ),
    );
  });
});

describe("parseRetryAfter reads the three HTTP-date formats", () => {
  it("reads RFC 9110's examples of each as the same instant", () => {
    const now = rfcInstant - 37_000;
    expect(parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", now)).toBe(37_000);
    expect(parseRetryAfter("Sunday, 06-Nov-94 08:49:37 GMT", now)).toBe(37_000);
    expect(parseRetryAfter("Sun Nov  6 08:49:37 1994", now)).toBe(37_000);
    expect(parseRetryAfter("Fri, 31 Dec 1999 23:59:59 GMT", Date.UTC(1999, 11, 31, 23, 59, 0))).toBe(59_000);
  });

  it("agrees with Date.parse on IMF-fixdate, for any second from 1000 to 9999", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1000, 0, 1) / 1000, max: Date.UTC(9999, 11, 31, 23, 59, 59) / 1000 }),
        fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 0, 1) }),
        (seconds, now) => {
          const imf = new Date(seconds * 1000).toUTCString();
          expect(parseRetryAfter(imf, now)).toBe(Math.max(0, Date.parse(imf) - now));
        },
      ),
    );
  });

  it("reads the RFC 850 and asctime forms of an instant as its IMF-fixdate", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1000, 0, 1) / 1000, max: Date.UTC(9999, 11, 31, 23, 59, 59) / 1000 }),
        (seconds) => {
          const instant = seconds * 1000;
          const { imf, rfc850, asctime } = httpDates(instant);
          // now a day before, so that the two-digit year is read in the instant's own century.
          const now = instant - 86_400_000;
          expect(parseRetryAfter(imf, now)).toBe(86_400_000);
          expect(parseRetryAfter(rfc850, now)).toBe(86_400_000);
          expect(parseRetryAfter(asctime, now)).toBe(86_400_000);
        },
      ),
    );
  });

  it("gives 0 for a date in the past", () => {
    expect(parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", rfcInstant + 1)).toBe(0);
    expect(parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", rfcInstant)).toBe(0);
    expect(parseRetryAfter("Thu, 01 Jan 1970 00:00:00 GMT")).toBe(0);
  });

  it("takes now as a Date too, and Date.now() by default", () => {
    expect(parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", new Date(rfcInstant - 5000))).toBe(5000);
    const inAMinute = httpDates(Math.ceil(Date.now() / 1000) * 1000 + 60_000).imf;
    const waited = parseRetryAfter(inAMinute) as number;
    expect(waited).toBeGreaterThan(0);
    expect(waited).toBeLessThanOrEqual(61_000);
  });

  it("accepts a leap second, as second 60", () => {
    expect(parseRetryAfter("Sat, 31 Dec 2016 23:59:60 GMT", Date.UTC(2016, 11, 31, 23, 59, 0))).toBe(60_000);
  });

  it("accepts 29 February in a leap year only", () => {
    expect(parseRetryAfter("Thu, 29 Feb 2024 00:00:00 GMT", 0)).toBe(Date.UTC(2024, 1, 29));
    expect(parseRetryAfter("Tue, 29 Feb 2000 00:00:00 GMT", 0)).toBe(Date.UTC(2000, 1, 29));
    expect(parseRetryAfter("Mon, 29 Feb 2100 00:00:00 GMT", 0)).toBeUndefined();
    expect(parseRetryAfter("Sat, 29 Feb 2025 00:00:00 GMT", 0)).toBeUndefined();
  });
});

describe("parseRetryAfter reads an RFC 850 two-digit year within 50 years of now (RFC 9110, Section 5.6.7)", () => {
  const now = Date.UTC(2026, 11, 3, 12, 0, 0);

  it("reads a year more than 50 years ahead as the century before", () => {
    // 2094 would be 68 years ahead, so the date is 1994: in the past.
    expect(parseRetryAfter("Sunday, 06-Nov-94 08:49:37 GMT", now)).toBe(0);
  });

  it("reads a year up to 50 years ahead as ahead", () => {
    expect(parseRetryAfter(httpDates(Date.UTC(2076, 11, 3, 12, 0, 0)).rfc850, now)).toBe(
      Date.UTC(2076, 11, 3, 12, 0, 0) - now,
    );
    expect(parseRetryAfter(httpDates(Date.UTC(2027, 0, 1)).rfc850, now)).toBe(Date.UTC(2027, 0, 1) - now);
  });

  it("decides at the second 50 years from now, not at the year", () => {
    const edge = Date.UTC(2076, 11, 3, 12, 0, 0);
    expect(parseRetryAfter(httpDates(edge).rfc850, now)).toBe(edge - now);
    // One second later is more than 50 years ahead: 1976, and its weekday is not that date's.
    expect(parseRetryAfter(httpDates(edge + 1000).rfc850, now)).toBeUndefined();
    const in1976 = httpDates(Date.UTC(1976, 11, 3, 12, 0, 1)).rfc850;
    expect(parseRetryAfter(in1976, now)).toBe(0);
  });

  it("reads a year 50 or more years behind in the century after", () => {
    const later = Date.UTC(2090, 0, 1);
    expect(parseRetryAfter(httpDates(Date.UTC(2110, 0, 1)).rfc850, later)).toBe(Date.UTC(2110, 0, 1) - later);
  });
});

describe("parseRetryAfter gives undefined for anything invalid", () => {
  it.each([
    [null],
    [undefined],
    [120],
    [{}],
    [["120"]],
    [""],
    ["   "],
    ["-1"],
    ["+5"],
    ["1.5"],
    ["1e3"],
    ["0x10"],
    ["١٢"],
    ["5 s"],
    ["120, 120"],
    ["Sun, 06 Nov 1994 08:49:37 GMT, Sun, 06 Nov 1994 08:49:37 GMT"],
    ["sun, 06 Nov 1994 08:49:37 GMT"],
    ["Sun, 06 nov 1994 08:49:37 GMT"],
    ["Sun, 06 Nov 1994 08:49:37 gmt"],
    ["Sun, 06 Nov 1994 08:49:37 UTC"],
    ["Sun, 06 Nov 1994 08:49:37 +0000"],
    ["Sun, 6 Nov 1994 08:49:37 GMT"],
    ["Sun, 06 Nov 94 08:49:37 GMT"],
    ["Sun,  06 Nov 1994 08:49:37 GMT"],
    ["Sun, 06 Nov 1994 8:49:37 GMT"],
    ["Sun, 06 Nov 1994 08:49 GMT"],
    ["Sun 06 Nov 1994 08:49:37 GMT"],
    ["Sunday, 06 Nov 1994 08:49:37 GMT"],
    ["Sun, 06-Nov-94 08:49:37 GMT"],
    ["Sunday, 06-Nov-1994 08:49:37 GMT"],
    ["Sun Nov 6 08:49:37 1994"],
    ["Sun Nov  6 08:49:37 1994 GMT"],
    ["Sun Nov 06 08:49:37 94"],
    ["Sun, 31 Apr 1994 08:49:37 GMT"],
    ["Sun, 00 Nov 1994 08:49:37 GMT"],
    ["Sun, 32 Nov 1994 08:49:37 GMT"],
    ["Sun, 06 Nov 1994 24:00:00 GMT"],
    ["Sun, 06 Nov 1994 08:60:00 GMT"],
    ["Sun, 06 Nov 1994 08:49:61 GMT"],
    ["Mon, 06 Nov 1994 08:49:37 GMT"],
    ["Monday, 06-Nov-94 08:49:37 GMT"],
    ["Mon Nov  6 08:49:37 1994"],
    ["2026-12-03T12:00:00Z"],
    ["Sun, 06 Nov 1994 08:49:37 GMT\u0000"],
    ["constructor"],
    ["__proto__"],
  ])("%j", (value) => {
    expect(parseRetryAfter(value, rfcInstant - 1000)).toBeUndefined();
  });

  it("for a value longer than 64 characters, even a valid one padded", () => {
    expect(parseRetryAfter(`${" ".repeat(35)}Sun, 06 Nov 1994 08:49:37 GMT`, 0)).toBe(rfcInstant);
    expect(parseRetryAfter(`${" ".repeat(36)}Sun, 06 Nov 1994 08:49:37 GMT`, 0)).toBeUndefined();
    expect(parseRetryAfter("1".repeat(65))).toBeUndefined();
  });

  it("never throws for any string, and gives a whole number from 0 or undefined", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.anything()), (value) => {
        const milliseconds = parseRetryAfter(value, rfcInstant);
        return milliseconds === undefined || (Number.isInteger(milliseconds) && milliseconds >= 0);
      }),
    );
  });

  it("throws a RangeError for a now that is not a finite time", () => {
    for (const now of [Number.NaN, Number.POSITIVE_INFINITY, new Date(Number.NaN), "0", null]) {
      expect(() => parseRetryAfter("1", now as number)).toThrow(RangeError);
    }
  });
});

describe("parseRetryAfter's work is bounded, whatever the input's length", () => {
  const hostile: Record<string, (n: number) => string> = {
    digits: (n) => "9".repeat(n),
    spaces: (n) => " ".repeat(n),
    "a date then spaces": (n) => `Sun, 06 Nov 1994 08:49:37 GMT${" ".repeat(n)}`,
    "weekday prefixes": (n) => "Sunday".repeat(n),
    "repeated dates": (n) => "Sun, 06 Nov 1994 08:49:37 GMT, ".repeat(n),
  };

  it.each(Object.entries(hostile))("reads no character of %s over 64 characters", (_, shape) => {
    for (const n of [100, 10_000, 1_000_000]) {
      const counted = countedText(shape(n));
      expect(readRetryAfter(counted.text, 0)).toBeUndefined();
      expect(counted.reads()).toBe(0);
    }
  });

  it("runs no regular expression, so there is nothing to backtrack", () => {
    expect(patternRuns(() => Object.values(hostile).map((shape) => parseRetryAfter(shape(64), 0)))).toEqual([]);
  });

  it.each(Object.entries(hostile))("reads at most a few times 64 characters of %s up to 64", (_, shape) => {
    for (let length = 1; length <= 64; length++) {
      const text = shape(64).slice(0, length);
      const counted = countedText(text);
      expect(readRetryAfter(counted.text, 0)).toBe(parseRetryAfter(text, 0));
      expect(counted.reads()).toBeGreaterThan(0);
      expect(counted.reads()).toBeLessThanOrEqual(4 * 64);
    }
  });
});
