import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { identifierName } from "./syntax.js";

/** The variable a name refers to where `node` is, or undefined for a global or undeclared name. */
export function variableNamed(
  name: string,
  node: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESLint.Scope.Variable | undefined {
  let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(node);
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

function requiredSource(init: TSESTree.Node | null | undefined): string | undefined {
  if (init?.type !== "CallExpression" || identifierName(init.callee) !== "require") return undefined;
  const argument = init.arguments[0];
  return argument?.type === "Literal" && typeof argument.value === "string" ? argument.value : undefined;
}

/** The import (or `require`) that declares a variable, or undefined for any other declaration. */
export function importOf(variable: TSESLint.Scope.Variable | undefined): ImportedName | undefined {
  const definition = variable?.defs[0];
  if (definition === undefined) return undefined;
  const { node } = definition;
  if (
    node.type === "ImportSpecifier" ||
    node.type === "ImportDefaultSpecifier" ||
    node.type === "ImportNamespaceSpecifier"
  ) {
    const declaration = node.parent;
    if (declaration?.type !== "ImportDeclaration") return undefined;
    const source = declaration.source.value;
    if (node.type === "ImportDefaultSpecifier") return { source, imported: "default" };
    if (node.type === "ImportNamespaceSpecifier") return { source, imported: "*" };
    const { imported } = node;
    return { source, imported: imported.type === "Identifier" ? imported.name : imported.value };
  }
  if (node.type === "VariableDeclarator") {
    const source = requiredSource(node.init);
    if (source === undefined) return undefined;
    if (node.id.type === "Identifier") return { source, imported: "default" };
    if (node.id.type !== "ObjectPattern") return undefined;
    // `const { error } = require("@sveltejs/kit")`: the property whose value is this name.
    for (const property of node.id.properties) {
      if (property.type !== "Property" || property.computed) continue;
      if (identifierName(property.value) === variable?.name)
        return { source, imported: identifierName(property.key) ?? "" };
    }
  }
  return undefined;
}

/** Whether a variable is a parameter of a function, or destructured from one (`({ status }) => ...`). */
export function isParameter(variable: TSESLint.Scope.Variable | undefined): boolean {
  const kind: string | undefined = variable?.defs[0]?.type;
  return kind === "Parameter";
}

/** The packages a file imports or requires at its top level. */
export function importedPackages(program: TSESTree.Program): ReadonlySet<string> {
  const found = new Set<string>();
  for (const statement of program.body) {
    if (statement.type === "ImportDeclaration") found.add(statement.source.value);
    if (statement.type === "VariableDeclaration") {
      for (const declarator of statement.declarations) {
        const source = requiredSource(declarator.init);
        if (source !== undefined) found.add(source);
      }
    }
  }
  return found;
}

/** The local names that a file's top-level imports and requires of the given packages bind. */
export function importedLocals(program: TSESTree.Program, packages: ReadonlyMap<string, unknown>): ReadonlySet<string> {
  const found = new Set<string>();
  for (const statement of program.body) {
    if (statement.type === "ImportDeclaration" && packages.has(statement.source.value))
      for (const specifier of statement.specifiers) found.add(specifier.local.name);
    if (statement.type !== "VariableDeclaration") continue;
    for (const declarator of statement.declarations) {
      const source = requiredSource(declarator.init);
      if (source === undefined || !packages.has(source)) continue;
      if (declarator.id.type === "Identifier") found.add(declarator.id.name);
      if (declarator.id.type === "ObjectPattern")
        for (const property of declarator.id.properties) {
          const local = property.type === "Property" ? identifierName(property.value) : undefined;
          if (local !== undefined) found.add(local);
        }
    }
  }
  return found;
}
