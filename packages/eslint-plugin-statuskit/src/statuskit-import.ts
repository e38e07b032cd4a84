import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { type FileFacts, type ModuleSystem, moduleSystemOf } from "./module-system.js";
import { identifierName, unwrap } from "./syntax.js";

/** The module statuskit's names are imported from. */
export const statuskitSource = "statuskit";

/**
 * How a file gets statuskit's names: what it already imports (a namespace,
 * named constants) and where a new import would go. Read once per file from
 * the top-level statements.
 */
export interface StatuskitImports {
  /** `import` in an ES module, `require` in CommonJS, nothing new where neither runs. */
  system: ModuleSystem;
  /** The local name of `import * as status from "statuskit"` (or `const status = require("statuskit")`). */
  namespace: string | undefined;
  /** Imported name → local name, for `import { HTTP_404_NOT_FOUND as notFound } from "statuskit"`. */
  named: Map<string, string>;
  /** The named import (or destructuring require) that new names join. */
  extendable:
    | { node: TSESTree.ImportDeclaration; last: TSESTree.ImportClause | undefined }
    | { node: TSESTree.ObjectPattern; last: TSESTree.Property | TSESTree.RestElement | undefined }
    | undefined;
  /**
   * The statement a new import goes after, or undefined for the top of the
   * file: the last import, or in CommonJS the last of the requires and
   * directives that open the file, so that the constants exist before any
   * code runs.
   */
  after: TSESTree.ProgramStatement | undefined;
  /** The first statement, which a new import goes before when there is nothing to go after. */
  first: TSESTree.ProgramStatement | undefined;
  quote: string;
  semicolon: string;
  /** The file's answers so far, for the many literals that share a scope and a name. */
  answers: FileAnswers;
}

/** Answers about names, per scope, kept for one file. */
interface FileAnswers {
  /** Scope → name → whether statuskit's constant can take that name there. */
  free: Map<TSESLint.Scope.Scope, Map<string, boolean>>;
  /** Scope → name → whether that name there is statuskit's own import. */
  statuskit: Map<TSESLint.Scope.Scope, Map<string, boolean>>;
  /** The names the file uses without declaring them (globals), read on first need. */
  undeclared: ReadonlySet<string> | undefined;
}

/** `require(...)` at the head of `require("x")`, `require("x")(options)` or `require("x").config()`. */
function headRequire(node: TSESTree.Node | null | undefined): TSESTree.CallExpression | undefined {
  let current = unwrap(node ?? undefined);
  while (current !== undefined) {
    if (current.type === "CallExpression") {
      if (isRequireOf(current)) return current;
      current = unwrap(current.callee);
    } else if (current.type === "MemberExpression") current = unwrap(current.object);
    else return undefined;
  }
  return undefined;
}

function isRequireOf(node: TSESTree.Node | null | undefined, source?: string): boolean {
  if (node?.type !== "CallExpression" || identifierName(node.callee) !== "require") return false;
  const argument = node.arguments[0];
  return (
    argument?.type === "Literal" &&
    typeof argument.value === "string" &&
    (source === undefined || argument.value === source)
  );
}

/** The expression of a statement that a require can head: a declarator's value or an expression statement. */
function requireCarrier(statement: TSESTree.ProgramStatement): TSESTree.Node | undefined {
  if (statement.type === "ExpressionStatement") return statement.expression;
  if (statement.type === "VariableDeclaration") return statement.declarations[0]?.init ?? undefined;
  return undefined;
}

/** Reads the top-level imports and requires of a file, and its module system. */
export function readStatuskitImports(
  program: TSESTree.Program,
  sourceCode: Readonly<TSESLint.SourceCode>,
  file: FileFacts,
): StatuskitImports {
  const { body } = program;
  const system = moduleSystemOf(program, sourceCode, file);
  const result: StatuskitImports = {
    system,
    namespace: undefined,
    named: new Map(),
    extendable: undefined,
    after: undefined,
    first: body[0],
    quote: '"',
    semicolon: ";",
    answers: { free: new Map(), statuskit: new Map(), undeclared: undefined },
  };
  // Whether the statements so far are only directives and plain requires:
  // outside ES modules a require of statuskit further down may come after
  // code that runs first, so its names are not used.
  let leading = true;
  let lastImport: TSESTree.ProgramStatement | undefined;
  let lastRequire: TSESTree.ProgramStatement | undefined;
  let lastDirective: TSESTree.ProgramStatement | undefined;
  let styleFrom: TSESTree.ProgramStatement | undefined;
  for (const statement of body) {
    if (statement.type === "ExpressionStatement" && typeof statement.directive === "string") {
      lastDirective = statement;
      continue;
    }
    if (statement.type === "ImportDeclaration") {
      lastImport = statement;
      styleFrom ??= statement;
      if (statement.source.value !== statuskitSource || statement.importKind === "type") continue;
      const { specifiers } = statement;
      for (const specifier of specifiers) {
        const local = specifier.local.name;
        if (specifier.type === "ImportNamespaceSpecifier") result.namespace ??= local;
        if (specifier.type === "ImportSpecifier" && specifier.importKind !== "type") {
          const { imported } = specifier;
          result.named.set(imported.type === "Identifier" ? imported.name : imported.value, local);
        }
      }
      const hasNamespace = specifiers.some((specifier) => specifier.type === "ImportNamespaceSpecifier");
      if (!hasNamespace && specifiers.every((specifier) => specifier.type === "ImportSpecifier")) {
        result.extendable ??= { node: statement, last: specifiers.at(-1) };
      }
      continue;
    }
    const plainRequires =
      statement.type === "VariableDeclaration" && statement.declarations.every(({ init }) => isRequireOf(init));
    if (plainRequires) {
      if (leading) lastRequire = statement;
    } else {
      leading = false;
    }
    if (styleFrom === undefined && headRequire(requireCarrier(statement)) !== undefined) styleFrom = statement;
    if (statement.type === "VariableDeclaration") {
      for (const declarator of statement.declarations) {
        const { init } = declarator;
        if (!isRequireOf(init, statuskitSource) || (system !== "module" && !leading)) continue;
        const { id } = declarator;
        if (id.type === "Identifier") result.namespace ??= id.name;
        if (id.type === "ObjectPattern") {
          const { properties } = id;
          for (const property of properties) {
            if (property.type !== "Property") continue;
            const key = identifierName(property.key);
            const value = identifierName(property.value);
            if (key === undefined || value === undefined) continue;
            result.named.set(key, value);
          }
          if (properties.every((property) => property.type === "Property")) {
            result.extendable ??= { node: id, last: properties.at(-1) };
          }
        }
      }
    }
  }
  result.after = (system === "module" ? lastImport : lastRequire) ?? lastDirective;
  if (styleFrom !== undefined) {
    const text = sourceCode.getText(styleFrom);
    result.quote = text.includes("'") && !text.includes('"') ? "'" : '"';
    result.semicolon = text.trimEnd().endsWith(";") ? ";" : "";
  }
  return result;
}

/** Whether `name` can be given to statuskit's constant in `scope` without shadowing or clashing with another binding. */
export function nameIsFree(name: string, scope: TSESLint.Scope.Scope, imports: StatuskitImports): boolean {
  return lookUp(scope, name, imports, "free");
}

/** Whether `name` in `scope` resolves to statuskit's own import (the namespace binding). */
function resolvesToStatuskit(name: string, scope: TSESLint.Scope.Scope, imports: StatuskitImports): boolean {
  return lookUp(scope, name, imports, "statuskit");
}

function lookUp(
  scope: TSESLint.Scope.Scope,
  name: string,
  imports: StatuskitImports,
  question: "free" | "statuskit",
): boolean {
  const byScope = imports.answers[question];
  let byName = byScope.get(scope);
  if (byName === undefined) {
    byName = new Map();
    byScope.set(scope, byName);
  }
  let answer = byName.get(name);
  if (answer === undefined) {
    answer = question === "free" ? computeFree(name, scope, imports) : computeStatuskit(name, scope);
    byName.set(name, answer);
  }
  return answer;
}

function computeFree(name: string, start: TSESLint.Scope.Scope, imports: StatuskitImports): boolean {
  const local = [...imports.named].find(([, localName]) => localName === name);
  let scope: TSESLint.Scope.Scope | null = start;
  while (scope !== null) {
    const variable = scope.set.get(name);
    if (variable !== undefined) {
      // Free only when it is the binding of statuskit's own import.
      return local !== undefined && variable.defs.some((definition) => isStatuskitBinding(definition.node));
    }
    if (scope.type === "global" && undeclaredNames(scope, imports.answers).has(name)) return false;
    scope = scope.upper;
  }
  return true;
}

function computeStatuskit(name: string, start: TSESLint.Scope.Scope): boolean {
  let scope: TSESLint.Scope.Scope | null = start;
  while (scope !== null) {
    const variable = scope.set.get(name);
    if (variable !== undefined) return variable.defs.some((definition) => isStatuskitBinding(definition.node));
    scope = scope.upper;
  }
  return false;
}

function undeclaredNames(globalScope: TSESLint.Scope.Scope, answers: FileAnswers): ReadonlySet<string> {
  answers.undeclared ??= new Set(globalScope.through.map((reference) => reference.identifier.name));
  return answers.undeclared;
}

function isStatuskitBinding(node: TSESTree.Node): boolean {
  if (node.type === "ImportSpecifier" || node.type === "ImportNamespaceSpecifier") {
    return node.parent.source?.value === statuskitSource;
  }
  return node.type === "VariableDeclarator" && isRequireOf(node.init, statuskitSource);
}

/**
 * The expression for a statuskit export at `node`: `status.HTTP_404_NOT_FOUND`
 * through an existing namespace, the local name of an existing named import,
 * or the bare name (which then needs importing). `undefined` when no form is
 * free at `node`, or when the name needs an import the file cannot take (it
 * is neither an ES module nor CommonJS).
 */
export function referenceTo(
  name: string,
  node: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  imports: StatuskitImports,
): { text: string; needsImport: boolean } | undefined {
  const scope = sourceCode.getScope(node);
  const local = imports.named.get(name);
  if (local !== undefined && nameIsFree(local, scope, imports)) return { text: local, needsImport: false };
  if (imports.namespace !== undefined && resolvesToStatuskit(imports.namespace, scope, imports)) {
    return { text: `${imports.namespace}.${name}`, needsImport: false };
  }
  const canImport = imports.system !== "unknown" || imports.extendable !== undefined;
  if (local === undefined && canImport && nameIsFree(name, scope, imports)) return { text: name, needsImport: true };
  return undefined;
}

/** The edit that imports `names` from statuskit: joins the existing import, or adds one. */
export function importEdit(
  fixer: TSESLint.RuleFixer,
  imports: StatuskitImports,
  names: readonly string[],
): TSESLint.RuleFix | undefined {
  if (names.length === 0) return undefined;
  const list = names.join(", ");
  const { extendable } = imports;
  if (extendable !== undefined) {
    if (extendable.last !== undefined) return fixer.insertTextAfter(extendable.last, `, ${list}`);
    if (extendable.node.type === "ObjectPattern") return fixer.replaceText(extendable.node, `{ ${list} }`);
    const source = `${imports.quote}${statuskitSource}${imports.quote}`;
    return fixer.replaceText(extendable.node, `import { ${list} } from ${source}${imports.semicolon}`);
  }
  const source = `${imports.quote}${statuskitSource}${imports.quote}`;
  const statement =
    imports.system === "commonjs"
      ? `const { ${list} } = require(${source})${imports.semicolon}`
      : `import { ${list} } from ${source}${imports.semicolon}`;
  if (imports.after !== undefined) return fixer.insertTextAfter(imports.after, `\n${statement}`);
  if (imports.first !== undefined) return fixer.insertTextBefore(imports.first, `${statement}\n`);
  return fixer.insertTextAfterRange([0, 0], `${statement}\n`);
}
