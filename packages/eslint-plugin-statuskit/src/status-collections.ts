import { statusCodeFor } from "statuskit";
import { constantForMember } from "./status-names.js";
import { namesStatus, namesStatusList } from "./status-words.js";
import { calleeName, child, children, identifierName, type Node, propertyName, unwrap } from "./syntax.js";

/** Whether a node is a plain integer literal from 100 to 599. */
function isCodeLiteral(node: Node | null | undefined): boolean {
  return (
    node?.type === "Literal" &&
    typeof node.value === "number" &&
    Number.isInteger(node.value) &&
    node.value >= 100 &&
    node.value <= 599
  );
}

/** The phrase (current or former) or constant-style name a text gives, as a code; never for digits alone. */
function codeNamedBy(text: unknown): number | undefined {
  if (typeof text !== "string" || !/[A-Za-z]/.test(text)) return undefined;
  return statusCodeFor(text);
}

/** `NOT_FOUND`, `BadRequest`, `OK`: the names of constants, not of variables or fields. */
function isConstantStyle(name: string): boolean {
  return (
    /^[A-Z][A-Z0-9_]*$/.test(name) || /^[A-Z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/.test(name) || /^[A-Z][a-z]+$/.test(name)
  );
}

/** The code a constant-style key names (`NOT_FOUND`, `PayloadTooLarge`, `MOVED_TEMPORARILY`), if any. */
function codeOfConstantName(key: Node | undefined, computed: boolean): number | undefined {
  if (key === undefined || computed) return undefined;
  const name = identifierName(key) ?? (typeof key.value === "string" ? key.value : undefined);
  if (name === undefined || !isConstantStyle(name)) return undefined;
  return constantForMember(name, undefined)?.code ?? codeNamedBy(name);
}

// The keys under which a framework keeps a route's responses by status:
// Elysia's and Fastify's `response`, OpenAPI's `responses`.
const responseSchemaKeys: ReadonlySet<string> = new Set(["response", "responses"]);

function keyName(property: Node): string | undefined {
  const key = child(property, "key");
  if (property.computed === true) return undefined;
  return identifierName(key) ?? (typeof key?.value === "string" ? key.value : undefined);
}

/** Climbs from a value through `as const` and `satisfies` to the node that holds it. */
function holderOf(node: Node): { node: Node; parent: Node | undefined } {
  let current = node;
  let parent = node.parent ?? undefined;
  while (parent !== undefined && (parent.type === "TSAsExpression" || parent.type === "TSSatisfiesExpression")) {
    current = parent;
    parent = current.parent ?? undefined;
  }
  return { node: current, parent };
}

/** Whether a name, a key or a target, names a status or a list of them. */
function namedForStatus(name: string | undefined, statusProperties: ReadonlySet<string>): boolean {
  return name !== undefined && (statusProperties.has(name) || namesStatus(name) || namesStatusList(name));
}

/** The name a value is stored under: its key, its variable or the member it is assigned to. */
function storedUnder(node: Node, parent: Node | undefined): string | undefined {
  if (parent?.type === "Property" && parent.value === node) return keyName(parent);
  if (parent?.type === "VariableDeclarator" && parent.init === node) return identifierName(child(parent, "id"));
  if (parent?.type === "PropertyDefinition" && parent.value === node) return identifierName(child(parent, "key"));
  if (parent?.type === "AssignmentExpression" && parent.right === node) {
    const target = unwrap(child(parent, "left"));
    if (target?.type === "Identifier") return target.name as string;
    if (target?.type === "MemberExpression") return propertyName(target);
  }
  return undefined;
}

/**
 * Whether an array of codes is in a place about statuses: stored under a
 * status-named key or variable (`statusCodes: [...]`, `const RETRY_STATUSES =
 * new Set([...])`), passed to supertest's `.expect([...])`, or asked whether it
 * holds a status (`[301, 302].includes(res.status)`, `set.has(res.status)`).
 */
function isStatusList(
  array: Node,
  readsStatus: (node: Node | undefined) => boolean,
  statusProperties: ReadonlySet<string>,
): boolean {
  let { node, parent } = holderOf(array);
  // `new Set([...])`: the set is what is stored or asked.
  if (
    parent?.type === "NewExpression" &&
    identifierName(child(parent, "callee")) === "Set" &&
    children(parent, "arguments")[0] === node
  ) {
    ({ node, parent } = holderOf(parent));
  }
  if (parent === undefined) return false;
  if (parent.type === "MemberExpression" && parent.object === node && parent.parent?.type === "CallExpression") {
    const method = propertyName(parent);
    const call = parent.parent;
    return (
      (method === "includes" || method === "has") &&
      call.callee === parent &&
      readsStatus(children(call, "arguments")[0])
    );
  }
  if (parent.type === "CallExpression" && calleeName(parent) === "expect" && children(parent, "arguments")[0] === node)
    return unwrap(child(parent, "callee"))?.type === "MemberExpression";
  return namedForStatus(storedUnder(node, parent), statusProperties);
}

/**
 * Whether a code literal is an element of a collection whose meaning is
 * status:
 * - a `[code, phrase]` pair whose text is that code's phrase, current or
 *   former (`new Map([[404, "Not Found"]])`);
 * - the key of `{ 404: "Not Found" }`, or of a response schema keyed by code
 *   (`response: { 200: schema }`);
 * - the value of a constant-style key that names it (`{ NOT_FOUND: 404 }`);
 * - an element of a list of codes in a status place (`statusCodes: [408,
 *   429]`), every element of which is a code or a name.
 */
export function inStatusCollection(
  literal: Node,
  readsStatus: (node: Node | undefined) => boolean,
  statusProperties: ReadonlySet<string>,
): boolean {
  const parent = literal.parent ?? undefined;
  const code = literal.value as number;
  if (parent?.type === "Property" && parent.parent?.type === "ObjectExpression") {
    if (parent.kind !== "init" || parent.method === true) return false;
    if (parent.key === literal && parent.computed !== true) {
      if (codeNamedBy(child(parent, "value")?.value) === code) return true;
      const holder = holderOf(parent.parent).parent;
      return (
        holder?.type === "Property" &&
        responseSchemaKeys.has(keyName(holder) ?? "") &&
        children(parent.parent, "properties").every((property) => {
          const key = child(property, "key");
          return key?.type !== "Literal" || typeof key.value !== "number" || isCodeLiteral(key);
        })
      );
    }
    return parent.value === literal && codeOfConstantName(child(parent, "key"), parent.computed === true) === code;
  }
  if (parent?.type !== "ArrayExpression") return false;
  const elements = children(parent, "elements");
  if (elements.length === 2 && elements[0] === literal && codeNamedBy(elements[1]?.value) === code) return true;
  const allCodes = elements.every(
    (element) =>
      element !== null &&
      (isCodeLiteral(element) || element.type === "Identifier" || element.type === "MemberExpression"),
  );
  return allCodes && isStatusList(parent, readsStatus, statusProperties);
}
