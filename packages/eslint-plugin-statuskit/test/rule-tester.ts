import * as typescriptParser from "@typescript-eslint/parser";
import { RuleTester } from "eslint";
import { describe, it } from "vitest";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** A RuleTester that parses TypeScript (decorators, types) as well as JavaScript. */
export const ruleTester = new RuleTester({
  languageOptions: { parser: typescriptParser, ecmaVersion: "latest", sourceType: "module" },
});

/** A RuleTester for CommonJS files with ESLint's own parser. */
export const commonjsTester = new RuleTester({ languageOptions: { ecmaVersion: "latest", sourceType: "commonjs" } });
