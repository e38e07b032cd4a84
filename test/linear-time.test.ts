// Hostile text must cost time linear in its length, proved by counting work
// rather than timing it: statusCodeFor reads at most 256 characters, and
// every regular expression the lookups run is one that cannot backtrack
// (test/work-counting.ts), run a number of times that grows with the text
// no faster than the text does. Each family below is a run of the characters
// a pattern in the lookups uses, the shapes that make a backtracking regex
// quadratic.
import { describe, expect, it } from "vitest";
import { statuses } from "../data/statuses.js";
import { constantName, reasonPhrase, statusCodeFor, statusInfo } from "../src/index.js";
import { lookupKey, maxLookupLength } from "../src/lookup-key.js";
import { advancedThrough, cannotBacktrack, countedText, patternRuns } from "./work-counting.js";

const families: Record<string, (n: number) => string> = {
  "spaces after a number, then a line break": (n) => `404${" ".repeat(n)}a\nb`,
  "number, spaces, letters, line breaks": (n) => `000${" ".repeat(n)}${"a".repeat(n)}${"\n".repeat(n)}---`,
  "a status line with a run of hyphens": (n) => `HTTP/1.1 404 ${"-".repeat(n)}x`,
  "a constant prefix with a run of digits": (n) => `HTTP_${"1".repeat(n)}x`,
  "digits then a letter": (n) => `${"1".repeat(n)}x`,
  "underscores then punctuation": (n) => `${"_".repeat(n)}!`,
  "apostrophes and separators": (n) => `${"'-_ \u2019".repeat(n)}a`,
  "white space of every kind": (n) => `${" \t\u00a0\u2003\n".repeat(n)}z`,
  "a status line with a long phrase": (n) => `HTTP/1.1 404 ${"x ".repeat(n)}\u0000`,
  "apostrophes between letters": (n) => `${"a'".repeat(n)}'`,
  "a constant name with runs of separators": (n) => `HTTP${"_-".repeat(n)}404${"_".repeat(n)}NOT${"-".repeat(n)}FOUND!`,
};
const hostile = Object.entries(families);

/** Everything statusCodeFor answers for: each phrase, constant name and status line of the table. */
const names = statuses.flatMap((row) => [
  row.phrase,
  row.constant,
  ...row.aliases,
  `HTTP/1.1 ${row.code} ${row.phrase}`,
  `http 404`,
]);

describe("statusCodeFor reads at most 256 characters", () => {
  const padded = (width: number) => "Not Found".padStart(width, " ");

  it("finds a name padded to 256 characters, and nothing in 257", () => {
    expect(maxLookupLength).toBe(256);
    expect(statusCodeFor(padded(256))).toBe(404);
    expect(statusCodeFor(padded(257))).toBeUndefined();
  });

  it.each(hostile)("answers %s over 256 characters with undefined, before running any pattern", (_, family) => {
    for (const text of [family(300), family(16 * 300), padded(257), `HTTP/1.1 404 Not Found${" ".repeat(300)}`]) {
      let code: unknown;
      expect(patternRuns(() => (code = statusCodeFor(text)))).toEqual([]);
      expect(code).toBeUndefined();
    }
  });

  it("answers crafted status lines far over the bound with undefined", () => {
    expect(statusCodeFor(`404${" ".repeat(65_536)}a\nb`)).toBeUndefined();
    expect(statusCodeFor(`000${" ".repeat(500)}${"a".repeat(863)}${"\n".repeat(2390)}---`)).toBeUndefined();
  });
});

describe("the lookups run only patterns that cannot backtrack", () => {
  it("statusCodeFor, on every name and on hostile text up to the bound", () => {
    const runs = patternRuns(() => {
      for (const text of names) statusCodeFor(text);
      for (const [, family] of hostile) {
        for (let length = 1; length <= maxLookupLength; length += 15) statusCodeFor(family(length).slice(0, length));
      }
    });
    expect(runs.length).toBeGreaterThan(0);
    for (const run of runs) expect(cannotBacktrack(run), `/${run.source}/${run.flags}`).toBe(true);
  });

  it.each(hostile)("lookupKey, which has no bound of its own, on %s", (_, family) => {
    // A pattern that cannot backtrack works in time linear in the text it
    // moves through; so lookupKey is linear if that grows no faster than
    // its input. Twice 16 allows for the few characters trimmed at the ends;
    // quadratic work would be 256 times.
    const runs = patternRuns(() => lookupKey(family(16 * 200)));
    for (const run of runs) expect(cannotBacktrack(run), `/${run.source}/${run.flags}`).toBe(true);
    expect(advancedThrough(runs)).toBeLessThanOrEqual(
      2 * 16 * advancedThrough(patternRuns(() => lookupKey(family(200)))),
    );
  });
});

describe("lookupKey, a scanner by hand, reads each character a bounded number of times", () => {
  it.each(hostile)("on %s", (_, family) => {
    const text = family(16 * 200);
    const counted = countedText(text);
    lookupKey(counted.text);
    expect(counted.reads()).toBeLessThanOrEqual(4 * text.length);
  });
});

describe("code lookups", () => {
  it("answer any number without a loop up to it", () => {
    for (const lookup of [reasonPhrase, constantName, statusInfo] as ((code: number) => unknown)[]) {
      for (const code of [1e300, Number.MAX_SAFE_INTEGER, 2 ** 32 + 404, -0]) expect(lookup(code)).toBeUndefined();
    }
  });
});
