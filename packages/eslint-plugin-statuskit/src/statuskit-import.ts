import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { identifierName } from "./syntax.js";

/** The module statuskit's names are imported from. */
export const statuskitSource = "statuskit";

/**
 * How a file gets statuskit's names: what it already imports (a namespace,
 * named constants) and where a new import would go. Read once per file from
 * the top-level statements.
 */
export interface StatuskitImports {
  /** `require` instead of `import`: the file has no import or export and calls require at the top level. */
  commonjs: boolean;
  /** The local name of `import * as status from "statuskit"` (or `const status = require("statuskit")`). */
  namespace: string | undefined;
  /** Imported name → local name, for `import { HTTP_404_NOT_FOUND as notFound } from "statuskit"`. */
  named: Map<string, string>;
  /** The named import (or destructuring require) that new names join. */
  extendable:
    | { node: TSESTree.ImportDeclaration; last: TSESTree.ImportClause | undefined }
    | { node: TSESTree.ObjectPattern; last: TSESTree.Property | TSESTree.RestElement | undefined }
    | undefined;
  /** The statement a new import goes after, or undefined for the top of the file. */
  after: TSESTree.ProgramStatement | undefined;
  /** The first statement, which a new import goes before when there is nothing to go after. */
  first: TSESTree.ProgramStatement | undefined;
  quote: string;
  semicolon: string;
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

/** Reads the top-level imports and requires of a file. */
export function readStatuskitImports(
  program: TSESTree.Program,
  sourceCode: Readonly<TSESLint.SourceCode>,
): StatuskitImports {
  const { body } = program;
  const result: StatuskitImports = {
    commonjs: false,
    namespace: undefined,
    named: new Map(),
    extendable: undefined,
    after: undefined,
    first: body[0],
    quote: '"',
    semicolon: ";",
  };
  let modules = false;
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
      modules = true;
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
    if (statement.type.startsWith("Export")) modules = true;
    if (statement.type === "VariableDeclaration") {
      for (const declarator of statement.declarations) {
        const { init } = declarator;
        if (!isRequireOf(init)) continue;
        lastRequire = statement;
        styleFrom ??= statement;
        if (!isRequireOf(init, statuskitSource)) continue;
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
  result.commonjs = !modules && lastRequire !== undefined;
  result.after = (result.commonjs ? lastRequire : lastImport) ?? lastDirective;
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

// Many literals of a file share a scope and a name: the answers are kept per file.
const answers = new WeakMap<StatuskitImports, Map<string, boolean>>();
const scopeIds = new WeakMap<TSESLint.Scope.Scope, number>();
let nextScopeId = 0;

function lookUp(
  scope: TSESLint.Scope.Scope,
  name: string,
  imports: StatuskitImports,
  question: "free" | "statuskit",
): boolean {
  let scopeId = scopeIds.get(scope);
  if (scopeId === undefined) {
    scopeId = nextScopeId++;
    scopeIds.set(scope, scopeId);
  }
  let fileAnswers = answers.get(imports);
  if (fileAnswers === undefined) {
    fileAnswers = new Map();
    answers.set(imports, fileAnswers);
  }
  const key = `${question} ${scopeId} ${name}`;
  let answer = fileAnswers.get(key);
  if (answer === undefined) {
    answer = question === "free" ? computeFree(name, scope, imports) : computeStatuskit(name, scope);
    fileAnswers.set(key, answer);
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
    if (scope.type === "global" && undeclaredNames(scope).has(name)) return false;
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

// The names a file uses without declaring them (globals), once per file.
const undeclaredByScope = new WeakMap<TSESLint.Scope.Scope, ReadonlySet<string>>();

function undeclaredNames(globalScope: TSESLint.Scope.Scope): ReadonlySet<string> {
  let names = undeclaredByScope.get(globalScope);
  if (names === undefined) {
    names = new Set(globalScope.through.map((reference) => reference.identifier.name));
    undeclaredByScope.set(globalScope, names);
  }
  return names;
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
 * free at `node`.
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
  if (local === undefined && nameIsFree(name, scope, imports)) return { text: name, needsImport: true };
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
  const statement = imports.commonjs
    ? `const { ${list} } = require(${source})${imports.semicolon}`
    : `import { ${list} } from ${source}${imports.semicolon}`;
  if (imports.after !== undefined) return fixer.insertTextAfter(imports.after, `\n${statement}`);
  if (imports.first !== undefined) return fixer.insertTextBefore(imports.first, `${statement}\n`);
  return fixer.insertTextAfterRange([0, 0], `${statement}\n`);
}
