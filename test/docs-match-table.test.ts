import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allStatuses } from "../src/index.js";
import type { RedirectKind, Standing, StatusInfo } from "../src/types.js";

// The docs name codes by hand where a list reads better than a link (which
// codes are retryable, which standing 102 has). These tests hold every such
// list to the table, so that a change to the table cannot leave them stale.

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");
const typesSource = read("src/types.ts");
const readme = read("README.md");

/** The status codes a piece of text names: three-digit numbers, with "1xx" standing for every known 1xx code. */
function codesIn(text: string): number[] {
  const codes = new Set<number>();
  for (const [, digits] of text.matchAll(/(?<![\d.])([1-5]\d\d)(?![\d.])/g)) codes.add(Number(digits));
  for (const [, digit] of text.matchAll(/\b([1-5])xx\b/g)) {
    for (const info of allStatuses()) if (Math.floor(info.code / 100) === Number(digit)) codes.add(info.code);
  }
  return [...codes].sort((a, b) => a - b);
}

const codesWhere = (predicate: (info: StatusInfo) => boolean) =>
  allStatuses()
    .filter(predicate)
    .map((info) => info.code);

/** The text of the doc comment (or README table row) that starts at `marker`, up to the end of its paragraph. */
function passage(source: string, marker: string): string {
  const start = source.indexOf(marker);
  expect(start, `no ${marker}`).toBeGreaterThanOrEqual(0);
  const rest = source.slice(start + marker.length);
  const end = rest.search(/\n\s*(?:\* -|\*\/|\||readonly|$)/);
  return end < 0 ? rest : rest.slice(0, end);
}

describe("docs that list codes agree with the table", () => {
  const standings: Standing[] = ["deprecated", "obsoleted", "unused", "temporary", "unofficial"];

  it.each(standings)("src/types.ts names the %s codes", (standing) => {
    const text = passage(typesSource, `- \`"${standing}"\`:`);
    expect(codesIn(text)).toEqual(codesWhere((info) => info.standing === standing));
  });

  it.each(["preserves-method", "may-change-to-get", "changes-to-get"] satisfies RedirectKind[])(
    "src/types.ts names the %s redirects",
    (kind) => {
      const text = passage(typesSource, `- \`"${kind}"\`:`);
      expect(codesIn(text)).toEqual(codesWhere((info) => info.redirect === kind));
    },
  );

  it("src/types.ts names the codes without content and the retryable codes", () => {
    expect(codesIn(passage(typesSource, "may carry content:"))).toEqual(codesWhere((info) => !info.content));
    expect(codesIn(passage(typesSource, "if sent again later"))).toEqual(codesWhere((info) => info.retryable));
  });

  it("the README's field table names the codes without content, the retryable ones and each standing", () => {
    expect(codesIn(passage(readme, "| `content`"))).toEqual(codesWhere((info) => !info.content));
    expect(codesIn(passage(readme, "| `retryable`"))).toEqual(codesWhere((info) => info.retryable));
    const standingRow = passage(readme, "| `standing`");
    for (const standing of standings) {
      const named = new RegExp(`"${standing}"\` \\(([^)]*)\\)`).exec(standingRow)?.[1] ?? "";
      expect(codesIn(named), standing).toEqual(codesWhere((info) => info.standing === standing));
    }
  });

  it("the README's list of retryable codes in its allStatuses example is the table's", () => {
    const example =
      /allStatuses\(\)\.filter\(\(info\) => info\.retryable\);\n.*\/\/ \[([^\]]*)\]/.exec(readme)?.[1] ?? "";
    expect(codesIn(example)).toEqual(codesWhere((info) => info.retryable));
  });
});
