import type { TSESTree } from "@typescript-eslint/utils";
import { statusCodeFor } from "statuskit";
import { constantForMember } from "./status-names.js";
import { namesStatus, namesStatusList } from "./status-words.js";
import { calleeName, identifierName, propertyName, unwrap } from "./syntax.js";

/** Whether a node is a plain integer literal from 100 to 599. */
function isCodeLiteral(node: TSESTree.Node | null | undefined): boolean {
  return (
    node?.type === "Literal" &&
    typeof node.value === "number" &&
    Number.isInteger(node.value) &&
    node.value >= 100 &&
    node.value <= 599
  );
}

/** The code a phrase (current or former) or constant name in a string gives; never for digits alone. */
function codeNamedBy(node: TSESTree.Node | null | undefined): number | undefined {
  if (node?.type !== "Literal" || typeof node.value !== "string" || !/[A-Za-z]/.test(node.value)) return undefined;
  return statusCodeFor(node.value);
}

/** `NOT_FOUND`, `BadRequest`, `OK`, `Gone`: the names of constants, not of variables or fields. */
function isConstantStyle(name: string): boolean {
  return /^[A-Z][A-Z0-9_]*$/.test(name) || /^(?:[A-Z][a-z0-9]*)+$/.test(name);
}

function keyName(property: TSESTree.Property): string | undefined {
  if (property.computed) return undefined;
  const { key } = property;
  return identifierName(key) ?? (key.type === "Literal" && typeof key.value === "string" ? key.value : undefined);
}

/** The code a constant-style key names (`NOT_FOUND`, `PayloadTooLarge`, `MOVED_TEMPORARILY`), if any. */
function codeOfConstantName(property: TSESTree.Property): number | undefined {
  const name = keyName(property);
  if (name === undefined || !isConstantStyle(name)) return undefined;
  return constantForMember(name, undefined)?.code ?? statusCodeFor(name);
}

// The keys under which a framework keeps a route's responses by status:
// Elysia's and Fastify's `response`, OpenAPI's `responses`.
const responseSchemaKeys: ReadonlySet<string> = new Set(["response", "responses"]);

/** Climbs from a value through `as const` and `satisfies` to the node that holds it. */
function holderOf(node: TSESTree.Node): { node: TSESTree.Node; parent: TSESTree.Node | undefined } {
  let current = node;
  let parent = node.parent;
  while (parent !== undefined && (parent.type === "TSAsExpression" || parent.type === "TSSatisfiesExpression")) {
    current = parent;
    parent = current.parent;
  }
  return { node: current, parent };
}

/** The name a value is stored under: its key, its variable, its field or the member it is assigned to. */
function storedUnder(node: TSESTree.Node, parent: TSESTree.Node | undefined): string | undefined {
  if (parent?.type === "Property" && parent.value === node) return keyName(parent);
  if (parent?.type === "VariableDeclarator" && parent.init === node) return identifierName(parent.id);
  if (parent?.type === "PropertyDefinition" && parent.value === node && !parent.computed)
    return identifierName(parent.key);
  if (parent?.type === "AssignmentExpression" && parent.right === node) {
    const target = unwrap(parent.left);
    if (target?.type === "MemberExpression") return propertyName(target);
    return identifierName(target);
  }
  return undefined;
}

/** What the collection shapes need from the rest of the rule. */
export interface CollectionContext {
  readsStatus(node: TSESTree.Node | undefined): boolean;
  statusProperties: ReadonlySet<string>;
}

/**
 * Whether an array of codes is in a place about statuses: stored under a
 * status-named key or variable (`statusCodes: [...]`, `const RETRY_STATUSES =
 * new Set([...])`), passed to supertest's `.expect([...])`, or asked whether it
 * holds a status (`[301, 302].includes(res.status)`, `set.has(res.status)`).
 */
function isStatusList(array: TSESTree.ArrayExpression, context: CollectionContext): boolean {
  let { node, parent } = holderOf(array);
  // `new Set([...])`: the set is what is stored or asked.
  if (parent?.type === "NewExpression" && identifierName(parent.callee) === "Set" && parent.arguments[0] === node) {
    ({ node, parent } = holderOf(parent));
  }
  if (parent === undefined) return false;
  if (parent.type === "MemberExpression" && parent.object === node) {
    const call = parent.parent;
    const method = propertyName(parent);
    return (
      call?.type === "CallExpression" &&
      call.callee === parent &&
      (method === "includes" || method === "has") &&
      context.readsStatus(call.arguments[0])
    );
  }
  if (parent.type === "CallExpression" && calleeName(parent) === "expect" && parent.arguments[0] === node)
    return unwrap(parent.callee)?.type === "MemberExpression";
  const name = storedUnder(node, parent);
  return name !== undefined && (context.statusProperties.has(name) || namesStatus(name) || namesStatusList(name));
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
export function inStatusCollection(literal: TSESTree.Literal, context: CollectionContext): boolean {
  const { parent } = literal;
  const code = literal.value;
  if (parent?.type === "Property") {
    const object = parent.parent;
    if (object?.type !== "ObjectExpression" || parent.kind !== "init" || parent.method) return false;
    if (parent.key !== literal || parent.computed)
      return parent.value === literal && codeOfConstantName(parent) === code;
    if (codeNamedBy(parent.value) === code) return true;
    const holder = holderOf(object).parent;
    return (
      holder?.type === "Property" &&
      responseSchemaKeys.has(keyName(holder) ?? "") &&
      object.properties.every(
        (property) =>
          property.type !== "Property" ||
          property.key.type !== "Literal" ||
          typeof property.key.value !== "number" ||
          isCodeLiteral(property.key),
      )
    );
  }
  if (parent?.type !== "ArrayExpression") return false;
  const { elements } = parent;
  if (elements.length === 2 && elements[0] === literal && codeNamedBy(elements[1]) === code) return true;
  const allCodes = elements.every(
    (element) =>
      element !== null &&
      (isCodeLiteral(element) || element.type === "Identifier" || element.type === "MemberExpression"),
  );
  return allCodes && isStatusList(parent, context);
}
