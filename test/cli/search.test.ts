import { describe, expect, it } from "vitest";
import { search } from "../../src/cli/search.js";
import { statusInfo } from "../../src/index.js";
import { searchEvaluation } from "./search-evaluation.js";

// A code that fits is registered when the registry has it with a spec (509 is
// in the table for DRF but registered nowhere).
const isRegistered = (code: number) => {
  const info = statusInfo(code);
  return info !== undefined && info.standing !== "unofficial";
};

describe("search by meaning, held to an evaluation set", () => {
  const results = searchEvaluation.map(([query, expected]) => {
    const codes = [...new Set(search(query).map((meaning) => meaning.code))];
    const found = search(query);
    return {
      query,
      expected,
      codes,
      top3: codes.slice(0, 3).some((code) => expected.includes(code)),
      top1: expected.includes(codes[0] ?? 0),
      firstRegistered: found[0]?.info !== undefined && found[0].info.standing !== "unofficial",
    };
  });

  it("has at least 80 queries", () => {
    expect(searchEvaluation.length).toBeGreaterThanOrEqual(80);
  });

  it("finds an expected code in the top three for at least 95% of the queries", () => {
    const top3 = results.filter((result) => result.top3).length;
    const top1 = results.filter((result) => result.top1).length;
    const percent = (count: number) => ((100 * count) / results.length).toFixed(1);
    console.log(
      `search evaluation: top-3 ${top3}/${results.length} (${percent(top3)}%), first ${top1}/${results.length} (${percent(top1)}%)`,
    );
    const misses = results.filter((result) => !result.top3).map((r) => `${r.query} -> ${r.codes.slice(0, 3)}`);
    if (misses.length > 0) console.log(`missed:\n  ${misses.join("\n  ")}`);
    expect(top3 / results.length).toBeGreaterThanOrEqual(0.95);
  });

  it("puts a registered code first whenever a registered code fits", () => {
    const wrong = results
      .filter((result) => result.expected.some(isRegistered) && !result.firstRegistered)
      .map((result) => `${result.query} -> ${result.codes.slice(0, 3)}`);
    expect(wrong).toEqual([]);
  });
});
