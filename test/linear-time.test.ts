// Hostile text must cost time linear in its length. Each family below is a
// run of the characters a pattern in the lookups uses, the shapes that make a
// backtracking regex quadratic. No wall-clock threshold: the test compares
// the time for the same family at n and at 16n, so a machine's speed cancels
// out; linear work gives a ratio near 16, quadratic work near 256.
import { describe, expect, it } from "vitest";
import { constantName, reasonPhrase, statusCodeFor, statusInfo } from "../src/index.js";
import { lookupKey } from "../src/lookup-key.js";

const families: Record<string, (n: number) => string> = {
  "spaces after a number, then a line break": (n) => `404${" ".repeat(n)}a\nb`,
  "number, spaces, letters, line breaks": (n) => `000${" ".repeat(n)}${"a".repeat(n)}${"\n".repeat(n)}---`,
  "a status line with a run of hyphens": (n) => `HTTP/1.1 404 ${"-".repeat(n)}x`,
  "a constant prefix with a run of digits": (n) => `HTTP_${"1".repeat(n)}x`,
  "digits then a letter": (n) => `${"1".repeat(n)}x`,
  "underscores then punctuation": (n) => `${"_".repeat(n)}!`,
  "apostrophes and separators": (n) => `${"'-_ \u2019".repeat(n)}a`,
  "white space of every kind": (n) => `${" \t\u00a0\u2003\n".repeat(n)}z`,
};

/** The median time of `runs` calls of `fn(input)`, after a warm-up. */
function medianTime(fn: (input: string) => unknown, input: string, runs: number): number {
  for (let i = 0; i < 3; i++) fn(input);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    for (let j = 0; j < 20; j++) fn(input);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] as number;
}

function growth(fn: (input: string) => unknown, family: (n: number) => string, n: number): number {
  // Repeat the pair a few times and keep the smallest ratio: a pause for
  // garbage collection can only make one side slower, never the growth smaller.
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    best = Math.min(best, medianTime(fn, family(16 * n), 9) / Math.max(medianTime(fn, family(n), 9), 1e-3));
  }
  return best;
}

describe("time linear in the input", () => {
  it.each(Object.entries(families))("lookupKey folds %s in linear time", (_, family) => {
    expect(growth(lookupKey, family, 2_000)).toBeLessThan(64);
  });

  it.each(Object.entries(families))("statusCodeFor reads %s in linear time", (_, family) => {
    // Below the length bound the work is linear...
    expect(growth(statusCodeFor, (n) => family(n).slice(0, n), 16)).toBeLessThan(64);
    // ...and past it, constant: 16 times the text costs no more.
    expect(growth(statusCodeFor, family, 4_000)).toBeLessThan(4);
  });

  it("answers the crafted status lines that used to take seconds, with undefined", () => {
    expect(statusCodeFor(`404${" ".repeat(65_536)}a\nb`)).toBeUndefined();
    expect(statusCodeFor(`000${" ".repeat(500)}${"a".repeat(863)}${"\n".repeat(2390)}---`)).toBeUndefined();
  });

  it("bounds statusCodeFor's input at 256 characters, padding included", () => {
    const padded = (width: number) => "Not Found".padStart(width, " ");
    expect(statusCodeFor(padded(256))).toBe(404);
    expect(statusCodeFor(padded(257))).toBeUndefined();
  });

  it("looks codes up in constant time whatever the number", () => {
    for (const lookup of [reasonPhrase, constantName, statusInfo] as ((code: number) => unknown)[]) {
      expect(lookup(1e300)).toBeUndefined();
      expect(lookup(-0)).toBeUndefined();
    }
  });
});
