// Every path an argument takes through the CLI must cost time linear in its
// length, proved by counting work rather than timing it
// (test/work-counting.ts): each path runs only patterns that cannot
// backtrack, on text that grows no faster than its input; the hand-written
// scanners read each character or argument a bounded number of times; and
// the costly steps (lookups, search, suggestions) have bounds of their own,
// tested directly.
import { describe, expect, it } from "vitest";
import { parseArguments } from "../../src/cli/arguments.js";
import { editDistance } from "../../src/cli/edit-distance.js";
import { isNumberLike, longestInput, readArguments } from "../../src/cli/lookup.js";
import { run } from "../../src/cli/run.js";
import { longestQuery, search, suggestions } from "../../src/cli/search.js";
import { quoteInput } from "../../src/cli/text.js";
import { advancedThrough, cannotBacktrack, countedList, countedText, patternRuns } from "../work-counting.js";
import { inputsFromText, today, version } from "./run-cli.js";

/** The arguments and standard input of one run of the CLI. */
type Invocation = readonly [argv: readonly string[], stdin?: string];

const cli = ([argv, stdin]: Invocation) =>
  run({ argv, env: {}, stdoutIsTerminal: false, columns: undefined, version, stdin, today });

const words = (count: number, word: (index: number) => string) => Array.from({ length: count }, (_, i) => word(i));

const paths: readonly (readonly [string, (n: number) => Invocation])[] = [
  ["a number-like argument that fails at its end", (n) => [[`${"1".repeat(n)}x`]]],
  ["a long word", (n) => [["x".repeat(n)]]],
  ["a long phrase of spaces and words", (n) => [[`not ${" ".repeat(n)} found`]]],
  ["a status line with a long gap", (n) => [[`HTTP/1.1 ${" ".repeat(n)}404`]]],
  ["a long constant-like name", (n) => [[`HTTP_404_${"_".repeat(n)}x`]]],
  ["a long unknown option", (n) => [[`--${"x".repeat(n)}`]]],
  ["a long search", (n) => [["search", "x".repeat(n)]]],
  ["many search words", (n) => [["search", ...words(n / 32, () => "timeout")]]],
  ["many arguments", (n) => [words(n / 32, (i) => (i % 2 ? "not" : "zz"))]],
  ["many typos", (n) => [words(n / 32, () => "fuond")]],
  ["a long line of standard input", (n) => [[], `HTTP/1.1 ${"1".repeat(n)}\n`]],
  ["many header lines on standard input", (n) => [[], `HTTP/2 200\n${"x-a: b\n".repeat(n / 8)}`]],
  ["many lines of standard input", (n) => [["-"], "not fuond\n".repeat(n / 16)]],
  ["many lines that name nothing, past those that get suggestions", (n) => [[], "zzqx fuond\n".repeat(n / 4)]],
  ["status lines with long phrases on standard input", (n) => [[], `HTTP/1.1 404 ${"x ".repeat(n / 16)}\n`.repeat(8)]],
  ["a status line of many words in the arguments", (n) => [["HTTP/1.1", "200", ...words(n / 8, () => "fineness")]]],
  ["many status lines in the arguments", (n) => [words(n / 8, (i) => ["HTTP/1.1", "404", "Gone"][i % 3] as string)]],
];

const small = 512;
const large = 16 * small;
/**
 * How much more work 16 times the input may cost: twice 16, since work that
 * is linear need not be proportional (a run of arguments ends with a shorter
 * lookahead, whatever its length). Quadratic work would cost 256 times more.
 */
const linearGrowth = 2 * 16;

// Deterministic counts, however busy the machine; the timeout is only for a
// machine so busy that these few seconds of work take ten times as long.
describe("every path through the CLI runs only patterns that cannot backtrack, on text linear in its input", {
  timeout: 60_000,
}, () => {
  it.each(paths)("%s", (_, make) => {
    // Once first, so that neither count includes what the CLI builds on first use.
    expect(cli(make(small)).exitCode).toBeLessThan(3);
    const smallRuns = patternRuns(() => cli(make(small)));
    const largeRuns = patternRuns(() => cli(make(large)));
    for (const run of largeRuns) expect(cannotBacktrack(run), `/${run.source}/${run.flags}`).toBe(true);
    expect(advancedThrough(largeRuns)).toBeLessThanOrEqual(linearGrowth * advancedThrough(smallRuns));
  });
});

describe("the hand-written scanners read each character a bounded number of times", () => {
  const linear = (reads: (n: number) => number) =>
    expect(reads(large)).toBeLessThanOrEqual(linearGrowth * reads(small));

  it.each([
    ["digits, then a letter", (n: number) => `${"1".repeat(n)}x`],
    [
      "a long number with a fraction and an exponent",
      (n: number) => `-${"1".repeat(n)}.${"2".repeat(n)}e+${"3".repeat(n)}`,
    ],
    ["digits, then an exponent without digits", (n: number) => `${"1".repeat(n)}e`],
  ])("isNumberLike, on %s", (_, shape) => {
    linear((n) => {
      const { text, reads } = countedText(shape(n));
      isNumberLike(text);
      return reads();
    });
  });

  it("quoteInput", () => {
    linear((n) => {
      const { text, reads } = countedText("\u001b🫖x".repeat(n));
      quoteInput(text);
      return reads();
    });
  });

  it("inputsFromText", () => {
    linear((n) => {
      const { text, reads } = countedText(`HTTP/2 200\n${"x-a: b\n404\n\n".repeat(n / 8)}`);
      inputsFromText(text);
      return reads();
    });
  });

  it.each([
    ["status lines' words", (i: number) => ["HTTP/1.1", "200", "All", "fine"][i % 4] as string],
    ["words that name nothing", (i: number) => (i % 2 ? "not" : "zz")],
    ["phrases", (i: number) => ["too", "many", "requests"][i % 3] as string],
    ["codes", () => "404"],
  ])("readArguments, on %s", (_, word) => {
    linear((n) => {
      const { list, reads } = countedList(words(n / 8, word));
      readArguments(list);
      return reads();
    });
  });

  it("parseArguments", () => {
    linear((n) => {
      const { list, reads } = countedList(words(n / 8, (i) => ["--json", "-1", "404", "-", "not"][i % 5] as string));
      parseArguments(list, new Set(["search"]));
      return reads();
    });
  });
});

describe("the costly steps are bounded", () => {
  it("answers an argument over 256 characters as naming nothing, in one line", () => {
    const outcome = run({
      argv: ["4".repeat(300)],
      env: {},
      stdoutIsTerminal: false,
      columns: undefined,
      version,
      today,
    });
    expect(longestInput).toBe(256);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stderr).toBe(
      `statuskit: "${"4".repeat(39)}…" (300 characters) is too long to be a status code, name or phrase (at most 256 characters)\n`,
    );
  });

  it.each(paths.slice(0, 5))("answers %s over 256 characters as too long", (_, make) => {
    expect(cli(make(300)).stderr).toMatch(
      /is too long to be a status code, name or phrase \(at most 256 characters\)\n$/,
    );
  });

  it("reads a phrase padded to 256 characters, and not one padded to 257", () => {
    const padded = (width: number) => "not found".padStart(width, " ");
    expect(cli([[padded(longestInput)]]).exitCode).toBe(0);
    expect(cli([[padded(longestInput + 1)]]).stderr).toMatch(/is too long/);
  });

  it("searches at most 256 characters", () => {
    const query = (length: number) => "gateway timeout".padEnd(length, " ");
    expect(longestQuery).toBe(256);
    expect(search(query(256)).map((meaning) => meaning.code)).toContain(504);
    expect(search(query(257))).toEqual([]);
  });

  it("suggests names only for unmatched input of at most 64 folded characters", () => {
    const input = (pairs: number) => `${"x ".repeat(pairs)}not found`;
    expect(input(27).length).toBe(63);
    expect(suggestions(input(27)).map((meaning) => meaning.code)).toContain(404);
    expect(suggestions(input(28))).toEqual([]);
  });

  it("editDistance reads a bounded part of its first text, however long: a name's length and the limit bound it", () => {
    const name = "service unavailable";
    for (const limit of [0, 2, 16]) {
      const bound = (name.length + limit + 1) * (name.length + 1) * 2;
      for (const text of ["x".repeat(large), `${name}${"x".repeat(large)}`, name.slice(0, 5), `${name}x`]) {
        const counted = countedText(text);
        editDistance(counted.text, name, limit);
        expect(counted.reads(), `${text.length} characters, limit ${limit}`).toBeLessThanOrEqual(bound);
      }
    }
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
