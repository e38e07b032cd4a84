import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { propertyName } from "./syntax.js";

/**
 * How a file loads statuskit: `module` with `import`, `commonjs` with
 * `require`, `unknown` when neither would run (a browser script, or a UMD
 * file that checks `typeof module` before it uses it).
 */
export type ModuleSystem = "module" | "commonjs" | "unknown";

/** What ESLint knows of the file besides its code. */
export interface FileFacts {
  filename: string;
  /** `languageOptions.sourceType`: `module`, `commonjs` or `script`; only `commonjs` is read. */
  sourceType: string | undefined;
}

/** The file facts of the file a rule is linting. */
export function fileFactsOf(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): FileFacts {
  // oxlint's JS plugins have languageOptions too; an older host may not.
  return { filename: context.filename, sourceType: context.languageOptions?.sourceType };
}

// The names that only CommonJS (or a wrapper that provides them) defines.
const commonjsNames: ReadonlySet<string> = new Set(["require", "module", "exports"]);

/**
 * The module system of a file, from the strongest sign to the weakest: ES
 * syntax (`import`, `export`); the extension (`.mjs`, `.mts` are ES modules,
 * `.cjs`, `.cts` CommonJS); `sourceType: "commonjs"`; the code's own use of
 * `require(...)`, `module.exports` or `exports` (or a `typeof` check of them
 * or of `define`, which makes it `unknown`); a `"use strict"` directive, which
 * only a file that is not an ES module needs (CommonJS); else ESLint's
 * default, an ES module. `sourceType: "script"` is no sign: oxlint gives it
 * to every file without `import` or `export`.
 *
 * @example
 * ```ts
 * moduleSystemOf(program, sourceCode, { filename: "app.cjs", sourceType: "commonjs" }); // "commonjs"
 * // `require("dotenv").config()` at the top of app.js, sourceType "module" by default: "commonjs"
 * ```
 */
export function moduleSystemOf(
  program: TSESTree.Program,
  sourceCode: Readonly<TSESLint.SourceCode>,
  file: FileFacts,
): ModuleSystem {
  if (program.body.some((statement) => statement.type === "ImportDeclaration" || statement.type.startsWith("Export"))) {
    return "module";
  }
  const extension = /\.[cm]?[jt]sx?$/i.exec(file.filename)?.[0].toLowerCase();
  if (extension === ".mjs" || extension === ".mts") return "module";
  if (extension === ".cjs" || extension === ".cts" || file.sourceType === "commonjs") return "commonjs";
  const uses = commonjsUses(sourceCode.getScope(program));
  if (uses === "guarded") return "unknown";
  if (uses === "used") return "commonjs";
  return hasUseStrict(program) ? "commonjs" : "module";
}

function hasUseStrict(program: TSESTree.Program): boolean {
  for (const statement of program.body) {
    if (statement.type !== "ExpressionStatement" || statement.directive === undefined) return false;
    if (statement.directive === "use strict") return true;
  }
  return false;
}

/**
 * Whether the file uses CommonJS's free names: `used` for a `require(...)`
 * (or `require.resolve`), `module.exports` or `exports.x` anywhere, `guarded`
 * when it tests `typeof` of one of them or of `define` (UMD and code that
 * runs with or without a module system), else `none`.
 */
function commonjsUses(globalScope: TSESLint.Scope.Scope): "used" | "guarded" | "none" {
  const references: TSESLint.Scope.Reference[] = [];
  for (const reference of globalScope.through) {
    const { name } = reference.identifier;
    if (commonjsNames.has(name) || name === "define") references.push(reference);
  }
  // Names declared as globals in the configuration (`globals.node`) are resolved, not left through.
  for (const name of [...commonjsNames, "define"]) {
    const variable = globalScope.set.get(name);
    if (variable !== undefined && variable.defs.length === 0) references.push(...variable.references);
  }
  let used = false;
  for (const { identifier } of references) {
    const { parent } = identifier;
    if (parent?.type === "UnaryExpression" && parent.operator === "typeof") return "guarded";
    if (identifier.name === "define") continue;
    if (identifier.name !== "module") used = true;
    else if (
      parent?.type === "MemberExpression" &&
      parent.object === identifier &&
      propertyName(parent) === "exports"
    ) {
      used = true;
    }
  }
  return used ? "used" : "none";
}
