import { describe, expect, it } from "vitest";
import {
  type FileResult,
  formatScores,
  heldOutTitle,
  importProblem,
  isCommonJs,
  labels,
  legend,
  lintFile,
  manifest,
  score,
  scoreHeldOut,
  undoFixes,
} from "./score.js";

// Licences that let the files be used and quoted with their notice.
const permissiveLicences = new Set(["MIT", "BSD-3-Clause", "Apache-2.0", "ISC"]);

describe("the evaluation set", () => {
  it("holds at least 1,000 labelled literals from at least 10 repositories", () => {
    const literals = Object.values(labels).reduce((sum, file) => sum + Object.keys(file).length, 0);
    expect(literals).toBeGreaterThanOrEqual(1000);
    expect(new Set(manifest.files.map(({ repository }) => repository)).size).toBeGreaterThanOrEqual(10);
  });
  it("takes every file from a permissively licensed repository, at a named commit", () => {
    for (const file of manifest.files) {
      expect(permissiveLicences.has(file.licence), file.file).toBe(true);
      expect(file.commit, file.file).toMatch(/^[0-9a-f]{40}$/);
    }
  });
  it("labels with the legend's labels only", () => {
    const used = new Set(Object.values(labels).flatMap((file) => Object.values(file)));
    expect([...used].filter((label) => !Object.hasOwn(legend, label))).toEqual([]);
  });
});

describe("scoreHeldOut", () => {
  const unlinted = (file: string): FileResult => ({
    file,
    literals: [],
    reported: new Map(),
    fixedParseError: undefined,
    secondPassFixable: 0,
    onlyLiteralsChanged: true,
    importProblem: undefined,
  });
  it("scores the files marked heldOut and no other", () => {
    const heldOut = manifest.files.filter((file) => file.heldOut === true).map(({ file }) => file);
    const scores = scoreHeldOut(manifest.files.map(({ file }) => unlinted(file)));
    expect(heldOut.length).toBeGreaterThan(0);
    expect(heldOut.length).toBeLessThan(manifest.files.length);
    expect(scores.files).toBe(heldOut.length);
    expect(scores.literals).toBe(heldOut.reduce((sum, file) => sum + Object.keys(labels[file] ?? {}).length, 0));
  });
});

describe("undoFixes", () => {
  it("gives back the original text of a fix that only turned literals into constants", () => {
    const fixed =
      'import { HTTP_404_NOT_FOUND } from "statuskit";\nres.status(HTTP_404_NOT_FOUND);\nconst schema = { [HTTP_200_OK]: a };\n';
    expect(undoFixes(fixed)).toBe("res.status(404);\nconst schema = { 200: a };\n");
  });
  it("gives back the original text of a CommonJS fix", () => {
    const fixed =
      "const a = require('a');\nconst { HTTP_200_OK } = require('statuskit');\nres.sendStatus(HTTP_200_OK);\n";
    expect(undoFixes(fixed)).toBe("const a = require('a');\nres.sendStatus(200);\n");
  });
  it("keeps any other change visible", () => {
    expect(undoFixes("res.status(HTTP_404_NOT_FOUND) // changed\n")).toBe("res.status(404) // changed\n");
  });
});

describe("importProblem", () => {
  const esm = 'import { a } from "a";\nres.status(404);\n';
  const cjs = "const a = require('a');\nres.status(404);\n";
  it("accepts an ES import that brings in every constant used", () => {
    const fixed =
      'import { a } from "a";\nimport { HTTP_404_NOT_FOUND } from "statuskit";\nres.status(HTTP_404_NOT_FOUND);\n';
    expect(importProblem(esm, fixed, "file.ts")).toBeUndefined();
  });
  it("finds a constant used without an import", () => {
    expect(importProblem(esm, 'import { a } from "a";\nres.status(HTTP_404_NOT_FOUND);\n', "file.ts")).toBe(
      "uses HTTP_404_NOT_FOUND without importing it",
    );
  });
  it("finds an ES import added to a CommonJS file", () => {
    const fixed =
      "const a = require('a');\nimport { HTTP_404_NOT_FOUND } from 'statuskit';\nres.status(HTTP_404_NOT_FOUND);\n";
    expect(importProblem(cjs, fixed, "file.js")).toBe("an ES import in a CommonJS file");
  });
  it("finds a require that comes after the first use", () => {
    const fixed = "const x = HTTP_404_NOT_FOUND;\nconst { HTTP_404_NOT_FOUND } = require('statuskit');\n";
    expect(importProblem("const x = 404;\nrequire('a');\n", fixed, "file.js")).toBe(
      "a constant is used before the require that brings it in",
    );
  });
  it("accepts a require before the first use", () => {
    const fixed =
      "const a = require('a');\nconst { HTTP_404_NOT_FOUND } = require('statuskit');\nres.status(HTTP_404_NOT_FOUND);\n";
    expect(importProblem(cjs, fixed, "file.js")).toBeUndefined();
  });
  it("tells CommonJS from ES modules by extension and by top-level syntax", () => {
    expect(isCommonJs("export default 1;\n", "file.cjs")).toBe(true);
    expect(isCommonJs("module.exports = 1;\n", "file.js")).toBe(true);
    expect(isCommonJs("exports.x = 1;\n", "file.js")).toBe(true);
    expect(isCommonJs('import a from "a";\nconst b = require("b");\n', "file.js")).toBe(false);
    expect(isCommonJs('const b = require("b");\n', "file.mjs")).toBe(false);
  });
});

describe("no-bare-status-code on the evaluation set", () => {
  const results: FileResult[] = manifest.files.map(lintFile);
  const scores = score(results);
  process.stdout.write(`\n${formatScores(scores)}\n\n`);
  process.stdout.write(`${formatScores(scoreHeldOut(results), { title: heldOutTitle })}\n\n`);

  it.each(results)("$file has a label for every integer from 100 to 599", ({ file, literals }) => {
    expect(Object.keys(labels[file] ?? {}).sort()).toEqual([...literals].sort());
  });
  it("reports nothing that is not a status", () => {
    expect(scores.falsePositives).toEqual([]);
  });
  it("fixes every file safely: it parses, imports what it uses, a second --fix finds nothing, and only literals and the import changed", () => {
    expect(scores.unsafeFixes).toEqual([]);
  });
});
