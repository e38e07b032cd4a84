// `npm run evaluate:typed`: the evaluation set's scores with type information,
// from one TypeScript program over all its files (imports are not resolved: the
// files' dependencies are not here). Reports only: typescript-eslint lints the
// program's own syntax tree, so a fixed text cannot be linted again with it.
// Exits non-zero on a false positive.
import { join } from "node:path";
import * as typescriptParser from "@typescript-eslint/parser";
import { Linter, type Rule } from "eslint";
import ts from "typescript";
import plugin from "../../src/index.js";
import { literalPositions } from "../lint.js";
import {
  evaluationFolder,
  type FileResult,
  formatScores,
  heldOutTitle,
  manifest,
  score,
  scoreHeldOut,
  source,
} from "./score.js";

const path = (file: string) => join(evaluationFolder, "files", file);
for (const entry of manifest.files) source(entry);
const program = ts.createProgram(
  manifest.files.map(({ file }) => path(file)),
  {
    allowJs: true,
    noResolve: true,
    skipLibCheck: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    jsx: ts.JsxEmit.Preserve,
    types: [],
  },
);

// Counts the files whose rules were given a program, so that a run without
// type information cannot pass for one with it.
let typedFiles = 0;
const probe: Rule.RuleModule = {
  create(context) {
    // Without a project, typescript-eslint gives `program: null`.
    if (context.sourceCode.parserServices?.program) typedFiles++;
    return {};
  },
};
const config: Linter.Config[] = [
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs", "**/*.ts", "**/*.tsx"],
    languageOptions: { parser: typescriptParser, parserOptions: { programs: [program] } },
  },
  { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: "off" } },
  { plugins: { evaluation: { rules: { probe } } }, rules: { "evaluation/probe": "error" } },
  plugin.configs.recommended,
];

const results: FileResult[] = manifest.files.map((entry) => {
  const linter = new Linter();
  const messages = linter.verify(source(entry), config, { filename: path(entry.file) });
  const fatal = messages.find((message) => message.fatal);
  if (fatal !== undefined) throw new Error(`${entry.file}: ${fatal.message}`);
  const reported = new Map(
    messages
      .filter((message) => message.ruleId === "statuskit/no-bare-status-code")
      .map((message) => [
        `${message.line}:${message.column}`,
        { fixable: message.fix !== undefined, suggestions: message.suggestions?.length ?? 0, message: message.message },
      ]),
  );
  return {
    file: entry.file,
    literals: literalPositions(linter.getSourceCode().ast),
    reported,
    fixedParseError: undefined,
    secondPassFixable: 0,
    onlyLiteralsChanged: true,
    importProblem: undefined,
  };
});
if (typedFiles !== manifest.files.length) {
  throw new Error(`type information reached ${typedFiles} of ${manifest.files.length} files`);
}
const scores = score(results);
process.stdout.write(`with type information (${typedFiles} files)\n${formatScores(scores, { fixes: false })}\n`);
process.stdout.write(`${formatScores(scoreHeldOut(results), { fixes: false, title: heldOutTitle })}\n`);
process.exitCode = scores.falsePositives.length === 0 ? 0 : 1;
