// ESLint and oxlint run the same way in the tests and the corpus report.
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as typescriptParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import plugin from "../src/index.js";

export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The rules every run enables, with their options. */
export type RuleSettings = Partial<Record<"no-bare-status-code" | "prefer-statuskit", unknown[]>>;

const defaultRules: RuleSettings = { "no-bare-status-code": [], "prefer-statuskit": [] };

function eslintConfig(rules: RuleSettings): Linter.Config[] {
  return [
    {
      files: ["**/*.ts", "**/*.tsx", "**/*.js", "**/*.mjs"],
      languageOptions: { parser: typescriptParser, sourceType: "module" },
      plugins: { statuskit: plugin },
      // Real files carry directives for their own linters' rules.
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: "off" },
      rules: Object.fromEntries(
        Object.entries(rules).map(([name, options]) => [`statuskit/${name}`, ["error", ...(options ?? [])]]),
      ),
    },
    { files: ["**/*.cjs"], languageOptions: { sourceType: "commonjs" } },
  ];
}

/** One report, as both linters give it. */
export interface Report {
  line: number;
  column: number;
  message: string;
  fixable: boolean;
  suggestions: number;
}

/** ESLint's reports for a source text. */
export function eslintReports(code: string, filename: string, rules: RuleSettings = defaultRules): Report[] {
  const messages = new Linter().verify(code, eslintConfig(rules), { filename });
  const fatal = messages.find((message) => message.fatal);
  if (fatal !== undefined) throw new Error(`${filename}: ${fatal.message}`);
  return messages
    .filter((message) => message.ruleId?.startsWith("statuskit/"))
    .map((message) => {
      return {
        line: message.line,
        column: message.column,
        message: message.message,
        fixable: message.fix !== undefined,
        suggestions: message.suggestions?.length ?? 0,
      };
    });
}

/** ESLint's `--fix` output for a source text. */
export function eslintFix(code: string, filename: string, rules: RuleSettings = defaultRules): string {
  return new Linter().verifyAndFix(code, eslintConfig(rules), { filename }).output;
}

const oxlintBin = join(dirname(createRequire(import.meta.url).resolve("oxlint/package.json")), "bin", "oxlint");

/** A scratch folder under the package, so that oxlint finds the plugin by its package name. */
export function scratchFolder(): { path: string; remove: () => void } {
  const parent = join(packageRoot, ".tmp");
  mkdirSync(parent, { recursive: true });
  const path = mkdtempSync(join(parent, "run-"));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Fails when dist/ is missing or older than src/: the CLIs load the built plugin. */
export function assertBuilt(): void {
  const built = join(packageRoot, "dist", "index.js");
  if (!existsSync(built)) throw new Error("build the plugin first: npm run build");
  const sources = readdirSync(join(packageRoot, "src"), { recursive: true, encoding: "utf8" });
  const newest = Math.max(...sources.map((file) => statSync(join(packageRoot, "src", file)).mtimeMs));
  if (newest > statSync(built).mtimeMs) throw new Error("dist/ is older than src/: npm run build");
}

function writeOxlintConfig(folder: string, rules: RuleSettings): string {
  assertBuilt();
  const path = join(folder, ".oxlintrc.json");
  const config = {
    jsPlugins: ["eslint-plugin-statuskit"],
    categories: { correctness: "off" },
    rules: Object.fromEntries(
      Object.entries(rules).map(([name, options]) => [`statuskit/${name}`, ["error", ...(options ?? [])]]),
    ),
  };
  writeFileSync(path, JSON.stringify(config));
  return path;
}

interface OxlintDiagnostic {
  message: string;
  code: string;
  filename: string;
  labels: { span: { line: number; column: number } }[];
}

/** oxlint's reports (statuskit's rules only) for files in a folder, by file name. */
export function oxlintReports(
  folder: string,
  files: string[],
  rules: RuleSettings = defaultRules,
): Map<string, Report[]> {
  const config = writeOxlintConfig(folder, rules);
  let output: string;
  try {
    output = execFileSync(oxlintBin, ["-c", config, "--format", "json", ...files], { cwd: folder, encoding: "utf8" });
  } catch (error) {
    output = (error as { stdout: string }).stdout;
  }
  const { diagnostics } = JSON.parse(output) as { diagnostics: OxlintDiagnostic[] };
  const byFile = new Map<string, Report[]>(files.map((file) => [file, []]));
  for (const diagnostic of diagnostics) {
    if (!diagnostic.code.startsWith("statuskit(")) continue;
    const span = diagnostic.labels[0]?.span;
    byFile.get(diagnostic.filename)?.push({
      line: span?.line ?? 0,
      column: span?.column ?? 0,
      message: diagnostic.message,
      fixable: false,
      suggestions: 0,
    });
  }
  return byFile;
}

/** Runs `oxlint --fix` (or another fix flag) on files in a folder until they stop changing; returns the runs it took. */
export function oxlintFix(folder: string, files: string[], flag = "--fix", rules: RuleSettings = defaultRules): number {
  const config = writeOxlintConfig(folder, rules);
  for (let runs = 1; runs <= 10; runs++) {
    const before = files.map((file) => readFileSync(join(folder, file), "utf8")).join("\0");
    try {
      execFileSync(oxlintBin, ["-c", config, flag, ...files], { cwd: folder, encoding: "utf8" });
    } catch {
      // oxlint exits non-zero while reports remain (for example codes without a constant).
    }
    const after = files.map((file) => readFileSync(join(folder, file), "utf8")).join("\0");
    if (after === before) return runs;
  }
  throw new Error("oxlint --fix did not settle in 10 runs");
}

/** Every integer literal from 100 to 599 in a syntax tree, as "line:column". */
export function literalPositions(ast: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    const record = node as { type?: unknown; value?: unknown; loc?: { start: { line: number; column: number } } };
    if (typeof record.type !== "string") return;
    const { value } = record;
    if (
      record.type === "Literal" &&
      typeof value === "number" &&
      Number.isInteger(value) &&
      value >= 100 &&
      value <= 599
    ) {
      found.push(`${record.loc?.start.line}:${(record.loc?.start.column ?? 0) + 1}`);
    }
    for (const [key, child] of Object.entries(record)) if (key !== "parent") visit(child);
  };
  visit(ast);
  return found;
}
