// Scores no-bare-status-code on the evaluation set: recall per shape, false
// positives, the share of reports with an autofix, and whether the fixes are safe.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as typescriptParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import plugin from "../../src/index.js";
import { literalPositions, packageRoot } from "../lint.js";

export const evaluationFolder = join(packageRoot, "test", "evaluation");

/** One file of the set, as manifest.json names it. */
export interface EvaluationFile {
  repository: string;
  path: string;
  commit: string;
  licence: string;
  sha256: string;
  file: string;
  /** Added after the rule was last tuned on the set, so its figures are held out. */
  heldOut?: boolean;
}

export const manifest = JSON.parse(readFileSync(join(evaluationFolder, "manifest.json"), "utf8")) as {
  files: EvaluationFile[];
};

const labelFile = JSON.parse(readFileSync(join(evaluationFolder, "labels.json"), "utf8")) as {
  legend: Record<string, string>;
  labels: Record<string, Record<string, string>>;
};

/** What each label means; every label but `not` is the shape of a status. */
export const legend = labelFile.legend;
/** By file, then by "line:column" of the literal: its label. */
export const labels = labelFile.labels;

/** The text of a file of the set, checked against the digest in the manifest. */
export function source({ file, sha256 }: EvaluationFile): string {
  const path = join(evaluationFolder, "files", file);
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: write the files with npm run evaluation:files -- <folder of clones>`);
  }
  const bytes = readFileSync(path);
  const digest = createHash("sha256").update(bytes).digest("hex");
  if (digest !== sha256) throw new Error(`${file} is not the file the manifest names (SHA-256 ${digest})`);
  return bytes.toString("utf8");
}

// The plugin's recommended config as a user adds it; TypeScript files get the
// parser the plugin's tests use, JavaScript files ESLint's own.
export const config: Linter.Config[] = [
  { files: ["**/*.js", "**/*.mjs", "**/*.cjs", "**/*.ts", "**/*.tsx"] },
  { files: ["**/*.ts", "**/*.tsx"], languageOptions: { parser: typescriptParser } },
  { files: ["**/*.tsx"], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  // Real files carry directives for their own linters' rules.
  { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: "off" } },
  plugin.configs.recommended,
];

/**
 * The fixed text with every constant put back as its number and the added
 * import taken out: for a fix that changes nothing but literal → constant,
 * this is the original text.
 */
export function undoFixes(fixed: string): string {
  return fixed
    .replace(/^import \{[^}]*\} from (["'])statuskit\1;?\n/m, "")
    .replace(/^const \{[^}]*\} = require\((["'])statuskit\1\);?\n/m, "")
    .replace(/\[HTTP_(\d{3})_[A-Z0-9_]+\](?=\s*:)/g, "$1")
    .replace(/\bHTTP_(\d{3})_[A-Z0-9_]+\b/g, "$1");
}

const constantPattern = /\bHTTP_\d{3}_[A-Z0-9_]+\b/g;
const importPattern = /^import \{([^}]*)\} from (["'])statuskit\2/gm;
const requirePattern = /^const \{([^}]*)\} = require\((["'])statuskit\2\)/gm;

/** Whether a text is a CommonJS module: a .cjs file, or top-level CommonJS and no ES module syntax. */
export function isCommonJs(code: string, file: string): boolean {
  if (file.endsWith(".cjs")) return true;
  if (file.endsWith(".mjs") || /^(import|export)\b/m.test(code)) return false;
  return /\brequire\(|\bmodule\.exports\b|\bexports\.\w/.test(code);
}

/**
 * What is wrong with the import a fix added, or undefined: every constant the
 * fixed text uses is imported from statuskit, by `import` in an ES module and
 * by a `require` that comes before the first use in a CommonJS one.
 */
export function importProblem(code: string, fixed: string, file: string): string | undefined {
  const used = new Set(fixed.match(constantPattern) ?? []);
  for (const name of code.match(constantPattern) ?? []) used.delete(name);
  if (used.size === 0) return undefined;
  const commonJs = isCommonJs(code, file);
  const imports = [...fixed.matchAll(importPattern)];
  const requires = [...fixed.matchAll(requirePattern)];
  if (commonJs && imports.length > 0) return "an ES import in a CommonJS file";
  const statements = commonJs ? requires : imports;
  const imported = new Set(statements.flatMap((match) => (match[1] ?? "").split(",").map((name) => name.trim())));
  const missing = [...used].filter((name) => !imported.has(name));
  if (missing.length > 0) return `uses ${missing.join(", ")} without importing it`;
  if (commonJs) {
    const spans = requires.map((match) => [match.index, match.index + match[0].length] as const);
    const inRequire = (index: number) => spans.some(([start, end]) => index >= start && index < end);
    const uses = [...fixed.matchAll(constantPattern)].map((match) => match.index).filter((index) => !inRequire(index));
    if (Math.min(...uses) < Math.min(...spans.map(([start]) => start))) {
      return "a constant is used before the require that brings it in";
    }
  }
  return undefined;
}

/** What linting one file gave. */
export interface FileResult {
  file: string;
  /** Every integer literal from 100 to 599 in the file, "line:column". */
  literals: string[];
  /** Reported positions, "line:column". */
  reported: Map<string, { fixable: boolean; suggestions: number; message: string }>;
  /** The parse error of the fixed text, if any. */
  fixedParseError: string | undefined;
  /** How many fixable reports a second pass over the fixed text gives. */
  secondPassFixable: number;
  /** Whether the fixes changed only literals into constants, plus the import. */
  onlyLiteralsChanged: boolean;
  /** What is wrong with the added import, if anything. */
  importProblem: string | undefined;
}

/** Lints one file, fixes it, and lints the fixed text again. */
export function lintFile(entry: EvaluationFile): FileResult {
  const code = source(entry);
  const linter = new Linter();
  // A processor sees every pass of verifyAndFix: the first pass's messages and
  // syntax tree are the reports on the file as it is, so the file is not
  // linted once more just for them.
  let firstPass: { messages: Linter.LintMessage[]; literals: string[] } | undefined;
  const recorder: Linter.Processor = {
    supportsAutofix: true,
    preprocess: (text) => [text],
    postprocess: ([messages = []]) => {
      firstPass ??= { messages, literals: literalPositions(linter.getSourceCode().ast) };
      return messages;
    },
  };
  // verifyAndFix lints its output once more after the last fix, so its last
  // messages are what a second `--fix` run would see.
  const fixed = linter.verifyAndFix(code, [...config, { processor: recorder }], { filename: entry.file });
  if (firstPass === undefined) throw new Error(`${entry.file}: not linted`);
  const fatal = firstPass.messages.find((message) => message.fatal);
  if (fatal !== undefined) throw new Error(`${entry.file}: ${fatal.message}`);
  const reported = new Map(
    firstPass.messages
      .filter((message) => message.ruleId === "statuskit/no-bare-status-code")
      .map((message) => [
        `${message.line}:${message.column}`,
        {
          fixable: message.fix !== undefined,
          suggestions: message.suggestions?.length ?? 0,
          message: message.message,
        },
      ]),
  );
  const fixedFatal = fixed.messages.find((message) => message.fatal);
  return {
    file: entry.file,
    literals: firstPass.literals,
    reported,
    fixedParseError:
      fixedFatal === undefined ? undefined : `${fixedFatal.line}:${fixedFatal.column} ${fixedFatal.message}`,
    secondPassFixable: fixed.messages.filter((message) => message.fix !== undefined).length,
    onlyLiteralsChanged: undoFixes(fixed.output) === code,
    importProblem: importProblem(code, fixed.output, entry.file),
  };
}

/** Recall of one shape. */
export interface ShapeRow {
  shape: string;
  statuses: number;
  found: number;
}

/** The scores on the whole set. */
export interface Scores {
  files: number;
  repositories: number;
  literals: number;
  notStatus: number;
  shapes: ShapeRow[];
  statuses: number;
  found: number;
  /** Reports on a literal labelled `not`, or on no labelled literal: "file:line:column message". */
  falsePositives: string[];
  reports: number;
  fixableReports: number;
  reportsWithSuggestions: number;
  /** Files whose fixed text does not parse, fixes again, or changed more than literals. */
  unsafeFixes: string[];
}

/** Scores the rule on every file of the set. */
export function score(results: FileResult[]): Scores {
  const shapes = Object.keys(legend)
    .filter((label) => label !== "not")
    .map((shape): ShapeRow => ({ shape, statuses: 0, found: 0 }));
  const falsePositives: string[] = [];
  const unsafeFixes: string[] = [];
  let literals = 0;
  let notStatus = 0;
  let reports = 0;
  let fixableReports = 0;
  let reportsWithSuggestions = 0;
  for (const result of results) {
    const fileLabels = labels[result.file] ?? {};
    for (const [position, label] of Object.entries(fileLabels)) {
      literals++;
      if (label === "not") {
        notStatus++;
        continue;
      }
      const row = shapes.find((candidate) => candidate.shape === label);
      if (row === undefined) throw new Error(`${result.file}:${position}: label ${label} is not in the legend`);
      row.statuses++;
      if (result.reported.has(position)) row.found++;
    }
    for (const [position, report] of result.reported) {
      reports++;
      if (report.fixable) fixableReports++;
      if (report.suggestions > 0) reportsWithSuggestions++;
      const label = fileLabels[position];
      if (label === undefined || label === "not") falsePositives.push(`${result.file}:${position} ${report.message}`);
    }
    if (result.fixedParseError !== undefined)
      unsafeFixes.push(`${result.file}: fixed text does not parse (${result.fixedParseError})`);
    if (result.secondPassFixable > 0)
      unsafeFixes.push(`${result.file}: a second pass fixes ${result.secondPassFixable} more`);
    if (result.importProblem !== undefined) unsafeFixes.push(`${result.file}: ${result.importProblem}`);
    if (!result.onlyLiteralsChanged)
      unsafeFixes.push(`${result.file}: the fix changed more than literals and the import`);
  }
  const statuses = shapes.reduce((sum, row) => sum + row.statuses, 0);
  const found = shapes.reduce((sum, row) => sum + row.found, 0);
  const repositories = new Set(
    manifest.files
      .filter(({ file }) => results.some((result) => result.file === file))
      .map(({ repository }) => repository),
  ).size;
  return {
    files: results.length,
    repositories,
    literals,
    notStatus,
    shapes,
    statuses,
    found,
    falsePositives,
    reports,
    fixableReports,
    reportsWithSuggestions,
    unsafeFixes,
  };
}

/** The title of the held-out files' table. */
export const heldOutTitle = "held out (not used to tune the rule)";

/** The scores on the files marked `heldOut`, which the rule was not tuned on. */
export function scoreHeldOut(results: FileResult[]): Scores {
  const heldOut = new Set(manifest.files.filter((file) => file.heldOut === true).map(({ file }) => file));
  return score(results.filter(({ file }) => heldOut.has(file)));
}

const percent = (part: number, whole: number) => (whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(1)}%`);

/** The scores as a plain-text table; `fixes: false` for a run that did not fix, `title` for a part of the set. */
export function formatScores(scores: Scores, { fixes = true, title = "evaluation set" } = {}): string {
  return [
    `${title}: ${scores.files} files from ${scores.repositories} repositories, ${scores.literals} integers from 100 to 599 labelled: ${scores.statuses} statuses, ${scores.notStatus} not`,
    "shape              statuses  found  recall",
    ...scores.shapes
      .filter((row) => row.statuses > 0)
      .map(
        (row) =>
          `${row.shape.padEnd(18)} ${String(row.statuses).padStart(8)} ${String(row.found).padStart(6)}  ${percent(row.found, row.statuses)}`,
      ),
    `${"all statuses".padEnd(18)} ${String(scores.statuses).padStart(8)} ${String(scores.found).padStart(6)}  ${percent(scores.found, scores.statuses)}`,
    `false positives: ${scores.falsePositives.length}`,
    ...scores.falsePositives.map((line) => `  ${line}`),
    `reports: ${scores.reports}, with an autofix: ${scores.fixableReports} (${percent(scores.fixableReports, scores.reports)}), with suggestions: ${scores.reportsWithSuggestions}`,
    ...(fixes
      ? [`unsafe fixes: ${scores.unsafeFixes.length}`, ...scores.unsafeFixes.map((line) => `  ${line}`)]
      : ["fixes: not run"]),
  ].join("\n");
}
