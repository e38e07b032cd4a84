import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { eslintFix, eslintReports, oxlintFix, oxlintReports, packageRoot, scratchFolder } from "./lint.js";

const fixtures = join(packageRoot, "test", "fixtures", "shapes");
const files = readdirSync(fixtures).filter((file) => file.endsWith(".ts"));
const scratch = scratchFolder();
afterAll(() => scratch.remove());

const comparable = (reports: { line: number; column: number; message: string }[] = []) =>
  reports
    .map(({ line, column, message }) => ({ line, column, message }))
    .sort((a, b) => a.line - b.line || a.column - b.column || a.message.localeCompare(b.message));

describe("oxlint with the plugin in jsPlugins gives the same reports as ESLint", () => {
  for (const file of files) copyFileSync(join(fixtures, file), join(scratch.path, file));
  const oxlint = oxlintReports(scratch.path, files);
  it.each(files)("%s", (file) => {
    const eslint = eslintReports(readFileSync(join(fixtures, file), "utf8"), file);
    expect(eslint.length).toBeGreaterThan(0);
    expect(comparable(oxlint.get(file))).toEqual(comparable(eslint));
  });
});

describe("oxlint --fix ends where eslint --fix ends", () => {
  // Every file in one folder, fixed by the same runs: oxlint fixes each file
  // on its own, so the runs it takes are those of the file that needs most.
  const folder = scratchFolder();
  afterAll(() => folder.remove());
  for (const file of files) copyFileSync(join(fixtures, file), join(folder.path, file));
  const runs = oxlintFix(folder.path, files);

  it("settles every file within three runs that change it", () => {
    // The last run changes nothing: it is how the loop knows the files settled.
    expect(runs - 1).toBeLessThanOrEqual(3);
  });

  it.each(files)("%s", (file) => {
    expect(readFileSync(join(folder.path, file), "utf8")).toBe(
      eslintFix(readFileSync(join(fixtures, file), "utf8"), file),
    );
  });
});

describe("oxlint --fix-suggestions applies the first suggestion (the RFC 9110 name)", () => {
  it("res.status(422)", () => {
    const folder = scratchFolder();
    try {
      writeFileSync(join(folder.path, "file.ts"), "res.status(422);\n");
      oxlintFix(folder.path, ["file.ts"], "--fix-suggestions");
      expect(readFileSync(join(folder.path, "file.ts"), "utf8")).toBe(
        'import { HTTP_422_UNPROCESSABLE_CONTENT } from "statuskit";\nres.status(HTTP_422_UNPROCESSABLE_CONTENT);\n',
      );
    } finally {
      folder.remove();
    }
  });
});
