import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as typescriptParser from "@typescript-eslint/parser";
import { afterAll, describe, expect, it } from "vitest";
import { constantNames } from "../src/status-names.js";
import {
  eslintReports,
  literalPositions as literalsInTree,
  oxlintReports,
  packageRoot,
  type Report,
  scratchFolder,
} from "./lint.js";

// The evaluation corpus: real files from public repositories (test/corpus/manifest.json
// names repository, path and commit), with every integer literal from 100 to 599
// labelled by hand (test/corpus/labels.json) as a status in a named shape, a
// status in some other shape, or not a status.
const corpus = join(packageRoot, "test", "corpus");
const manifest = JSON.parse(readFileSync(join(corpus, "manifest.json"), "utf8")) as {
  files: { repository: string; path: string; commit: string; file: string }[];
};
const { labels } = JSON.parse(readFileSync(join(corpus, "labels.json"), "utf8")) as {
  labels: Record<string, Record<string, string>>;
};
const namedShapes = [
  "express",
  "node-http",
  "fastify",
  "koa",
  "hono",
  "fetch-next",
  "h3",
  "nestjs",
  "http-errors",
  "tests",
  "clients",
];
const rules = { "no-bare-status-code": [] };
const source = (file: string) => readFileSync(join(corpus, "files", file), "utf8");

/** Every integer literal from 100 to 599 in a file, as "line:column". */
function literalPositions(code: string, file: string): string[] {
  return literalsInTree(
    typescriptParser.parse(code, { loc: true, range: true, jsx: file.endsWith("x"), sourceType: "module" }),
  );
}

const reports = new Map(manifest.files.map(({ file }) => [file, eslintReports(source(file), file, rules)]));
const at = (report: Report) => `${report.line}:${report.column}`;

describe("the corpus", () => {
  it.each(manifest.files.map(({ file }) => file))("%s has a label for every integer from 100 to 599", (file) => {
    expect(Object.keys(labels[file] ?? {}).sort()).toEqual(literalPositions(source(file), file).sort());
  });
});

describe("no-bare-status-code on the corpus", () => {
  const rows = namedShapes.map((shape) => ({ shape, total: 0, found: 0 }));
  let otherTotal = 0;
  let otherFound = 0;
  const falsePositives: string[] = [];
  let namedReports = 0;
  let fixableOrSuggestable = 0;
  for (const { file } of manifest.files) {
    const fileLabels = labels[file] ?? {};
    const reported = new Set((reports.get(file) ?? []).map(at));
    for (const [position, label] of Object.entries(fileLabels)) {
      const row = rows.find((candidate) => candidate.shape === label);
      if (row !== undefined) {
        row.total++;
        if (reported.has(position)) row.found++;
      } else if (label === "other") {
        otherTotal++;
        if (reported.has(position)) otherFound++;
      }
    }
    const code = source(file);
    for (const report of reports.get(file) ?? []) {
      const label = fileLabels[at(report)];
      if (label === undefined || label === "not") falsePositives.push(`${file}:${at(report)} ${report.message}`);
      const literal = code.split("\n")[report.line - 1]?.slice(report.column - 1, report.column + 2);
      if (constantNames(Number(literal)) !== undefined) {
        namedReports++;
        if (report.fixable || report.suggestions > 0) fixableOrSuggestable++;
      }
    }
  }
  const named = rows.reduce((sum, row) => ({ total: sum.total + row.total, found: sum.found + row.found }), {
    total: 0,
    found: 0,
  });
  const percent = (part: number, whole: number) => (whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(1)}%`);
  const table = [
    `corpus: ${manifest.files.length} files, ${Object.values(labels).reduce((sum, file) => sum + Object.keys(file).length, 0)} integers from 100 to 599 labelled`,
    "shape        statuses  found  recall",
    ...rows.map(
      (row) =>
        `${row.shape.padEnd(12)} ${String(row.total).padStart(8)} ${String(row.found).padStart(6)}  ${percent(row.found, row.total)}`,
    ),
    `${"named".padEnd(12)} ${String(named.total).padStart(8)} ${String(named.found).padStart(6)}  ${percent(named.found, named.total)}`,
    `${"other".padEnd(12)} ${String(otherTotal).padStart(8)} ${String(otherFound).padStart(6)}  ${percent(otherFound, otherTotal)} (shapes the rule does not name)`,
    `false positives: ${falsePositives.length}`,
    `reports on a code with a constant: ${namedReports}, with a fix or suggestions: ${fixableOrSuggestable} (${percent(fixableOrSuggestable, namedReports)})`,
  ].join("\n");
  process.stdout.write(`\n${table}\n\n`);

  it("finds at least 98% of the statuses in the named shapes", () => {
    expect(named.found / named.total).toBeGreaterThanOrEqual(0.98);
  });
  it.each(rows.filter((row) => row.total > 0))("finds the $shape statuses ($found of $total)", (row) => {
    expect(row.found / row.total).toBeGreaterThanOrEqual(0.98);
  });
  it("reports nothing that is not a status", () => {
    expect(falsePositives).toEqual([]);
  });
  it("offers a fix or suggestions for every report on a code with a constant", () => {
    expect(fixableOrSuggestable).toBe(namedReports);
  });
});

describe("oxlint gives the same reports on the corpus", () => {
  const scratch = scratchFolder();
  afterAll(() => scratch.remove());
  it("for every file", async () => {
    const { mkdirSync, writeFileSync } = await import("node:fs");
    const { dirname } = await import("node:path");
    const files = manifest.files.map(({ file }) => file);
    for (const file of files) {
      mkdirSync(dirname(join(scratch.path, file)), { recursive: true });
      writeFileSync(join(scratch.path, file), source(file));
    }
    const oxlint = oxlintReports(scratch.path, files, rules);
    for (const file of files) {
      const expected = (reports.get(file) ?? []).map(at).sort();
      expect((oxlint.get(file) ?? []).map(at).sort(), file).toEqual(expected);
    }
  });
});
