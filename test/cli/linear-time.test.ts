import { describe, expect, it } from "vitest";
import { isNumberLike } from "../../src/cli/lookup.js";
import { run } from "../../src/cli/run.js";
import { today, version } from "./run-cli.js";

// Every path an argument takes through the CLI must cost time linear in its
// length. Measured as a ratio, not against a clock: the same input at n and
// at 16n characters. Linear work gives about 16 (less where a bound cuts the
// work short, somewhat more when the larger input strains the memory caches
// on a busy machine); quadratic work gives 256.
const small = 16_000;
const factor = 16;
const linearBound = 64;

function fastest(work: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let trial = 0; trial < 5; trial++) {
    const start = performance.now();
    for (let repeat = 0; repeat < 3; repeat++) work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function ratio(make: (size: number) => () => void): number {
  const smallWork = make(small);
  const largeWork = make(small * factor);
  // Warm up both, so that neither pays for compiling the code.
  smallWork();
  largeWork();
  return Math.max(fastest(largeWork), 0.05) / Math.max(fastest(smallWork), 0.05);
}

const cli = (argv: string[], stdin?: string) => () => {
  const outcome = run({ argv, env: {}, stdoutIsTerminal: false, columns: undefined, version, stdin, today });
  if (outcome.exitCode === 3) throw new Error(outcome.stderr);
};

describe("time linear in the input", () => {
  it.each([
    ["a number-like argument that fails at its end", (n: number) => cli([`${"1".repeat(n)}x`])],
    ["a long word", (n: number) => cli(["x".repeat(n)])],
    ["a long phrase of spaces and words", (n: number) => cli([`not ${" ".repeat(n)} found`])],
    ["a status line with a long gap", (n: number) => cli([`HTTP/1.1 ${" ".repeat(n)}404`])],
    ["a long constant-like name", (n: number) => cli([`HTTP_404_${"_".repeat(n)}x`])],
    ["a long unknown option", (n: number) => cli([`--${"x".repeat(n)}`])],
    ["a long search", (n: number) => cli(["search", "x".repeat(n)])],
    ["many search words", (n: number) => cli(["search", ...Array.from({ length: n / 32 }, () => "timeout")])],
    ["many arguments", (n: number) => cli(Array.from({ length: n / 32 }, (_, i) => (i % 2 ? "not" : "zz")))],
    ["a long line of standard input", (n: number) => cli([], `HTTP/1.1 ${"1".repeat(n)}\n`)],
    ["many header lines on standard input", (n: number) => cli([], `HTTP/2 200\n${"x-a: b\n".repeat(n / 8)}`)],
  ])("%s", { timeout: 30_000 }, (name, make) => {
    const measured = ratio(make);
    console.log(`${name}: ${measured.toFixed(1)}x the time for ${factor}x the input`);
    expect(measured).toBeLessThan(linearBound);
  });

  it("the number-like check reads each character once", () => {
    expect(ratio((n) => () => isNumberLike(`${"1".repeat(n)}x`))).toBeLessThan(linearBound);
  });

  it("answers an argument over 256 characters as naming nothing, in one line", () => {
    const outcome = run({
      argv: ["4".repeat(300)],
      env: {},
      stdoutIsTerminal: false,
      columns: undefined,
      version,
      today,
    });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stderr).toBe(
      `statuskit: "${"4".repeat(39)}…" (300 characters) is too long to be a status code, name or phrase (at most 256 characters)\n`,
    );
  });
});

describe("isNumberLike", () => {
  it.each(["1e3", "404.0", "-1", "+2", ".5", "5.", "1E-3", "99"])("%j is a number", (text) => {
    expect(isNumberLike(text)).toBe(true);
  });
  it.each(["", ".", "-", "e3", "1e", "1e+", "1x", "1.2.3", "4 04", "0x10"])("%j is not", (text) => {
    expect(isNumberLike(text)).toBe(false);
  });
});
