import type { TSESTree } from "@typescript-eslint/utils";

/** The name of an identifier, or undefined. */
export function identifierName(node: TSESTree.Node | null | undefined): string | undefined {
  return node?.type === "Identifier" ? node.name : undefined;
}

/** Removes the TypeScript and chaining wrappers that do not change a value: `x!`, `x as T`, `(x satisfies T)`, `a?.b`. */
export function unwrap(node: TSESTree.Node | undefined): TSESTree.Node | undefined {
  let current = node;
  while (
    current !== undefined &&
    (current.type === "TSNonNullExpression" ||
      current.type === "TSAsExpression" ||
      current.type === "TSSatisfiesExpression" ||
      current.type === "TSTypeAssertion" ||
      current.type === "ChainExpression")
  ) {
    current = current.expression;
  }
  return current;
}

/** The name of a member's property when it is written `.name` or `["name"]`. */
export function propertyName(member: TSESTree.MemberExpression): string | undefined {
  const { property } = member;
  if (!member.computed)
    return property.type === "Identifier" || property.type === "PrivateIdentifier" ? property.name : undefined;
  return property.type === "Literal" && typeof property.value === "string" ? property.value : undefined;
}

/** The name a call is made by: `f` for `f()`, `m` for `a.b.m()`, `Boom` for `new Boom()`. */
export function calleeName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
  const callee = unwrap(call.callee);
  if (callee === undefined) return undefined;
  if (callee.type === "Identifier") return callee.name;
  if (callee.type === "MemberExpression") return propertyName(callee);
  return undefined;
}

/** `a.b.c` for a chain of plain members ending in identifiers, else undefined. */
export function dottedName(node: TSESTree.Node | undefined): string | undefined {
  const current = unwrap(node);
  if (current === undefined) return undefined;
  if (current.type === "Identifier") return current.name;
  if (current.type === "ThisExpression") return "this";
  if (current.type === "MemberExpression" && !current.computed) {
    const object = dottedName(current.object);
    const property = identifierName(current.property);
    return object === undefined || property === undefined ? undefined : `${object}.${property}`;
  }
  return undefined;
}
