import type { Rule, Scope, SourceCode } from "eslint";
import { child, children, identifierName, type Node } from "./syntax.js";

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
  extendable: { node: Node; last: Node | undefined } | undefined;
  /** The statement a new import goes after, or undefined for the top of the file. */
  after: Node | undefined;
  /** The first statement, which a new import goes before when there is nothing to go after. */
  first: Node | undefined;
  quote: string;
  semicolon: string;
}

function isRequireOf(node: Node | undefined, source?: string): boolean {
  if (node?.type !== "CallExpression" || identifierName(child(node, "callee")) !== "require") return false;
  const argument = children(node, "arguments")[0];
  return (
    argument?.type === "Literal" &&
    typeof argument.value === "string" &&
    (source === undefined || argument.value === source)
  );
}

/** Reads the top-level imports and requires of a file. */
export function readStatuskitImports(program: Node, sourceCode: SourceCode): StatuskitImports {
  const body = children(program, "body");
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
  let lastImport: Node | undefined;
  let lastRequire: Node | undefined;
  let lastDirective: Node | undefined;
  let styleFrom: Node | undefined;
  for (const statement of body) {
    if (statement.type === "ExpressionStatement" && typeof statement.directive === "string") {
      lastDirective = statement;
      continue;
    }
    if (statement.type === "ImportDeclaration") {
      modules = true;
      lastImport = statement;
      styleFrom ??= statement;
      const source = child(statement, "source");
      if (source?.value !== statuskitSource || statement.importKind === "type") continue;
      const specifiers = children(statement, "specifiers");
      for (const specifier of specifiers) {
        const local = identifierName(child(specifier, "local"));
        if (local === undefined || specifier.importKind === "type") continue;
        if (specifier.type === "ImportNamespaceSpecifier") result.namespace ??= local;
        if (specifier.type === "ImportSpecifier") {
          const imported = child(specifier, "imported");
          const importedName = identifierName(imported) ?? (imported?.value as string | undefined);
          if (importedName !== undefined) result.named.set(importedName, local);
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
      for (const declarator of children(statement, "declarations")) {
        const init = child(declarator, "init");
        if (!isRequireOf(init)) continue;
        lastRequire = statement;
        styleFrom ??= statement;
        if (!isRequireOf(init, statuskitSource)) continue;
        const id = child(declarator, "id");
        if (id?.type === "Identifier") result.namespace ??= id.name as string;
        if (id?.type === "ObjectPattern") {
          const properties = children(id, "properties");
          for (const property of properties) {
            const key = identifierName(child(property, "key"));
            const value = identifierName(child(property, "value"));
            if (property.type !== "Property" || key === undefined || value === undefined) continue;
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
    const text = sourceCode.getText(styleFrom as never);
    result.quote = text.includes("'") && !text.includes('"') ? "'" : '"';
    result.semicolon = text.trimEnd().endsWith(";") ? ";" : "";
  }
  return result;
}

/** Whether `name` can be given to statuskit's constant in `scope` without shadowing or clashing with another binding. */
export function nameIsFree(name: string, scope: Scope.Scope, imports: StatuskitImports): boolean {
  return lookUp(scope, name, imports, "free");
}

/** Whether `name` in `scope` resolves to statuskit's own import (the namespace binding). */
function resolvesToStatuskit(name: string, scope: Scope.Scope, imports: StatuskitImports): boolean {
  return lookUp(scope, name, imports, "statuskit");
}

// Many literals of a file share a scope and a name: the answers are kept per file.
const answers = new WeakMap<StatuskitImports, Map<string, boolean>>();
const scopeIds = new WeakMap<Scope.Scope, number>();
let nextScopeId = 0;

function lookUp(scope: Scope.Scope, name: string, imports: StatuskitImports, question: "free" | "statuskit"): boolean {
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

function computeFree(name: string, start: Scope.Scope, imports: StatuskitImports): boolean {
  const local = [...imports.named].find(([, localName]) => localName === name);
  let scope: Scope.Scope | null = start;
  while (scope !== null) {
    const variable = scope.set.get(name);
    if (variable !== undefined) {
      // Free only when it is the binding of statuskit's own import.
      return (
        local !== undefined &&
        variable.defs.some((definition) => isStatuskitBinding(definition.node as unknown as Node))
      );
    }
    if (scope.type === "global" && undeclaredNames(scope).has(name)) return false;
    scope = scope.upper;
  }
  return true;
}

function computeStatuskit(name: string, start: Scope.Scope): boolean {
  let scope: Scope.Scope | null = start;
  while (scope !== null) {
    const variable = scope.set.get(name);
    if (variable !== undefined)
      return variable.defs.some((definition) => isStatuskitBinding(definition.node as unknown as Node));
    scope = scope.upper;
  }
  return false;
}

// The names a file uses without declaring them (globals), once per file.
const undeclaredByScope = new WeakMap<Scope.Scope, ReadonlySet<string>>();

function undeclaredNames(globalScope: Scope.Scope): ReadonlySet<string> {
  let names = undeclaredByScope.get(globalScope);
  if (names === undefined) {
    names = new Set(globalScope.through.map((reference) => reference.identifier.name));
    undeclaredByScope.set(globalScope, names);
  }
  return names;
}

function isStatuskitBinding(node: Node): boolean {
  if (node.type === "ImportSpecifier" || node.type === "ImportNamespaceSpecifier") {
    return child(node.parent, "source")?.value === statuskitSource;
  }
  return node.type === "VariableDeclarator" && isRequireOf(child(node, "init"), statuskitSource);
}

/**
 * The expression for a statuskit export at `node`: `status.HTTP_404_NOT_FOUND`
 * through an existing namespace, the local name of an existing named import,
 * or the bare name (which then needs importing). `undefined` when no form is
 * free at `node`.
 */
export function referenceTo(
  name: string,
  node: Node,
  sourceCode: SourceCode,
  imports: StatuskitImports,
): { text: string; needsImport: boolean } | undefined {
  const scope = sourceCode.getScope(node as never);
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
  fixer: Rule.RuleFixer,
  imports: StatuskitImports,
  names: readonly string[],
): Rule.Fix | undefined {
  if (names.length === 0) return undefined;
  const list = names.join(", ");
  const { extendable } = imports;
  if (extendable !== undefined) {
    if (extendable.last !== undefined) return fixer.insertTextAfter(extendable.last as never, `, ${list}`);
    if (extendable.node.type === "ObjectPattern") return fixer.replaceText(extendable.node as never, `{ ${list} }`);
    const source = `${imports.quote}${statuskitSource}${imports.quote}`;
    return fixer.replaceText(extendable.node as never, `import { ${list} } from ${source}${imports.semicolon}`);
  }
  const source = `${imports.quote}${statuskitSource}${imports.quote}`;
  const statement = imports.commonjs
    ? `const { ${list} } = require(${source})${imports.semicolon}`
    : `import { ${list} } from ${source}${imports.semicolon}`;
  if (imports.after !== undefined) return fixer.insertTextAfter(imports.after as never, `\n${statement}`);
  if (imports.first !== undefined) return fixer.insertTextBefore(imports.first as never, `${statement}\n`);
  return fixer.insertTextAfterRange([0, 0], `${statement}\n`);
}
