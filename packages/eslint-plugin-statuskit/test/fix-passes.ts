import * as typescriptParser from "@typescript-eslint/parser";
import { Linter, type Linter as LinterType, type Rule } from "eslint";
import { expect, it } from "vitest";

/**
 * Runs `eslint --fix` (all passes) with one rule of the plugin and returns the
 * output, for cases whose fix takes more than the one pass RuleTester shows.
 */
export function fixAll(
  rule: Rule.RuleModule,
  code: string,
  options: unknown[] = [],
  sourceType: "module" | "commonjs" = "module",
): string {
  const config: LinterType.Config[] = [
    {
      files: ["**/*.ts"],
      languageOptions: sourceType === "module" ? { parser: typescriptParser, sourceType } : { sourceType },
      plugins: { statuskit: { rules: { rule } } },
      rules: { "statuskit/rule": ["error", ...options] },
    },
  ];
  return new Linter().verifyAndFix(code, config, { filename: "file.ts" }).output;
}

/** A case whose passes are listed: RuleTester checks the first, `eslint --fix` must end at the last. */
export interface PassesCase {
  name: string;
  code: string;
  passes: string[];
  options?: unknown[];
  errors: { messageId: string }[];
}

/** The RuleTester form of a case: its first pass. */
export function firstPass({ passes, ...rest }: PassesCase) {
  return { ...rest, output: passes[0] as string };
}

/** Checks that `eslint --fix` takes the case to its last pass. */
export function checkAllPasses(rule: Rule.RuleModule, cases: PassesCase[]): void {
  for (const testCase of cases) {
    it(`eslint --fix ends at the last pass: ${testCase.name}`, () => {
      expect(fixAll(rule, testCase.code, testCase.options)).toBe(testCase.passes.at(-1));
    });
  }
}
