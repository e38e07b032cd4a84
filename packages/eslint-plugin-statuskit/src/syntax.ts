// A loose view of ESTree and typescript-eslint nodes: the rules read only a
// few fields, and decorators and TypeScript wrappers are not in @types/estree.

/** Any syntax node, with the fields the rules read. */
export interface Node {
  type: string;
  parent?: Node | null;
  range?: [number, number];
  [field: string]: unknown;
}

/** Field `name` of a node as a node, or undefined. */
export function child(node: Node | null | undefined, name: string): Node | undefined {
  const value = node?.[name];
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Node) : undefined;
}

/** Field `name` of a node as a list of nodes. */
export function children(node: Node | null | undefined, name: string): Node[] {
  const value = node?.[name];
  return Array.isArray(value) ? (value as Node[]) : [];
}

/** The name of an identifier, or undefined. */
export function identifierName(node: Node | null | undefined): string | undefined {
  return node?.type === "Identifier" ? (node.name as string) : undefined;
}

/** Removes the TypeScript and chaining wrappers that do not change a value: `x!`, `x as T`, `(x satisfies T)`, `a?.b`. */
export function unwrap(node: Node | undefined): Node | undefined {
  let current = node;
  while (
    current !== undefined &&
    (current.type === "TSNonNullExpression" ||
      current.type === "TSAsExpression" ||
      current.type === "TSSatisfiesExpression" ||
      current.type === "TSTypeAssertion" ||
      current.type === "ChainExpression")
  ) {
    current = child(current, "expression");
  }
  return current;
}

/** The name of a member's property when it is written `.name` or `["name"]`. */
export function propertyName(member: Node): string | undefined {
  const property = child(member, "property");
  if (property === undefined) return undefined;
  if (member.computed !== true) return identifierName(property) ?? privateName(property);
  return property.type === "Literal" && typeof property.value === "string" ? property.value : undefined;
}

function privateName(node: Node): string | undefined {
  return node.type === "PrivateIdentifier" ? (node.name as string) : undefined;
}

/** The name a call is made by: `f` for `f()`, `m` for `a.b.m()`, `Boom` for `new Boom()`. */
export function calleeName(call: Node): string | undefined {
  const callee = unwrap(child(call, "callee"));
  if (callee === undefined) return undefined;
  if (callee.type === "Identifier") return callee.name as string;
  if (callee.type === "MemberExpression") return propertyName(callee);
  return undefined;
}

/** `a.b.c` for a chain of plain members ending in identifiers, else undefined. */
export function dottedName(node: Node | undefined): string | undefined {
  const current = unwrap(node);
  if (current === undefined) return undefined;
  if (current.type === "Identifier") return current.name as string;
  if (current.type === "ThisExpression") return "this";
  if (current.type === "MemberExpression" && current.computed !== true) {
    const object = dottedName(child(current, "object"));
    const property = identifierName(child(current, "property"));
    return object === undefined || property === undefined ? undefined : `${object}.${property}`;
  }
  return undefined;
}
