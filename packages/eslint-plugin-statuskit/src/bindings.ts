import type { Scope, SourceCode } from "eslint";
import { child, children, identifierName, type Node } from "./syntax.js";

/** The variable a name refers to where `node` is, or undefined for a global or undeclared name. */
export function variableNamed(name: string, node: Node, sourceCode: SourceCode): Scope.Variable | undefined {
  let scope: Scope.Scope | null = sourceCode.getScope(node as never);
  while (scope !== null) {
    const variable = scope.set.get(name);
    if (variable !== undefined) return variable.defs.length > 0 ? variable : undefined;
    scope = scope.upper;
  }
  return undefined;
}

/**
 * What an imported binding is: the package and the name it exports (`default`
 * for a default import or a whole `require`, `*` for a namespace import).
 */
export interface ImportedName {
  source: string;
  imported: string;
}

function requiredSource(init: Node | undefined): string | undefined {
  if (init?.type !== "CallExpression" || identifierName(child(init, "callee")) !== "require") return undefined;
  const value = children(init, "arguments")[0]?.value;
  return typeof value === "string" ? value : undefined;
}

/** The import (or `require`) that declares a variable, or undefined for any other declaration. */
export function importOf(variable: Scope.Variable | undefined): ImportedName | undefined {
  const definition = variable?.defs[0];
  if (definition === undefined) return undefined;
  const node = definition.node as unknown as Node;
  if (definition.type === "ImportBinding") {
    const source = child(definition.parent as unknown as Node, "source")?.value;
    if (typeof source !== "string") return undefined;
    if (node.type === "ImportDefaultSpecifier") return { source, imported: "default" };
    if (node.type === "ImportNamespaceSpecifier") return { source, imported: "*" };
    const imported = child(node, "imported");
    const name = identifierName(imported) ?? imported?.value;
    return typeof name === "string" ? { source, imported: name } : undefined;
  }
  if (definition.type === "Variable") {
    const source = requiredSource(child(node, "init"));
    if (source === undefined) return undefined;
    const id = child(node, "id");
    if (id?.type === "Identifier") return { source, imported: "default" };
    // `const { error } = require("@sveltejs/kit")`: the property whose value is this name.
    for (const property of children(id, "properties")) {
      if (identifierName(child(property, "value")) === variable?.name && property.computed !== true)
        return { source, imported: identifierName(child(property, "key")) ?? "" };
    }
  }
  return undefined;
}

/** Whether a variable is a parameter of a function, or destructured from one (`({ status }) => ...`). */
export function isParameter(variable: Scope.Variable | undefined): boolean {
  return variable?.defs[0]?.type === "Parameter";
}

/** The packages a file imports or requires at its top level, read once per file. */
export function importedPackages(program: Node): ReadonlySet<string> {
  const found = new Set<string>();
  for (const statement of children(program, "body")) {
    if (statement.type === "ImportDeclaration") {
      const source = child(statement, "source")?.value;
      if (typeof source === "string") found.add(source);
    }
    if (statement.type === "VariableDeclaration") {
      for (const declarator of children(statement, "declarations")) {
        const source = requiredSource(child(declarator, "init"));
        if (source !== undefined) found.add(source);
      }
    }
  }
  return found;
}
