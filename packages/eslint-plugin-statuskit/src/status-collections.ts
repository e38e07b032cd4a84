import type { TSESTree } from "@typescript-eslint/utils";
import { statusCodeFor } from "statuskit";
import { constantForMember } from "./status-names.js";
import { isStatusNamed, namesStatusList } from "./status-words.js";
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

/**
 * The code a key names: a constant-style name (`NOT_FOUND`, `PayloadTooLarge`,
 * `MOVED_TEMPORARILY`) or a quoted phrase (`"Not Found"`), if any.
 */
function codeOfKey(key: TSESTree.Node, computed: boolean): number | undefined {
  if (computed) return undefined;
  if (key.type === "Literal") return codeNamedBy(key);
  const name = identifierName(key);
  const first = name?.charCodeAt(0) ?? 0;
  // Constant-style names start with a capital letter; most keys do not.
  if (name === undefined || first < 65 || first > 90 || !isConstantStyle(name)) return undefined;
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

/**
 * What the collection shapes need from the rest of the rule: its options, and
 * how it tells that an expression reads a status (passed in, so that no
 * closure is made per literal).
 */
export interface CollectionContext {
  statusProperties: ReadonlySet<string>;
}
type ReadsStatus<Options> = (node: TSESTree.Node | undefined, options: Options) => boolean;

/**
 * Whether an array of codes is in a place about statuses: stored under a
 * status-named key or variable (`statusCodes: [...]`, `const RETRY_STATUSES =
 * new Set([...])`), passed to supertest's `.expect([...])`, or asked whether it
 * holds a status (`[301, 302].includes(res.status)`, `set.has(res.status)`).
 */
function isStatusList<Context extends CollectionContext>(
  array: TSESTree.ArrayExpression,
  context: Context,
  readsStatus: ReadsStatus<Context>,
): boolean {
  let { node, parent } = holderOf(array);
  // `new Set([...])`: the set is what is stored or asked.
  if (parent?.type === "NewExpression" && identifierName(parent.callee) === "Set" && parent.arguments[0] === node) {
    ({ node, parent } = holderOf(parent));
  }
  if (parent === undefined) return false;
  if (feedsStatusCallback(node, context)) return true;
  if (parent.type === "MemberExpression" && parent.object === node) {
    const call = parent.parent;
    const method = propertyName(parent);
    return (
      call?.type === "CallExpression" &&
      call.callee === parent &&
      (method === "includes" || method === "has") &&
      readsStatus(call.arguments[0], context)
    );
  }
  if (parent.type === "CallExpression" && calleeName(parent) === "expect" && parent.arguments[0] === node)
    return unwrap(parent.callee)?.type === "MemberExpression";
  if (parent.type === "CallExpression" && isStatusArgument(parent, node, context)) return true;
  return isStatusName(storedUnder(node, parent), context);
}

function isStatusName(name: string | undefined, context: CollectionContext): boolean {
  return isStatusNamed(name, context.statusProperties) || (name !== undefined && namesStatusList(name));
}

// Array methods whose callback gets each element first: a test table of
// codes, `[301, 302].forEach((status) => ...)`.
const elementCallbacks: ReadonlySet<string> = new Set(["forEach", "map", "every", "some", "filter", "flatMap"]);

// Schema builders' value lists (Joi's `.valid(200, 204)`, `.default([200,
// 204])`, `.allow(...)`), when the schema is stored under a status name.
const schemaValueMethods: ReadonlySet<string> = new Set(["valid", "default", "allow"]);

/**
 * Whether a value passed to a call is a status there: a value list of a
 * schema stored under a status name (`emptyStatusCode: Joi.valid(200,
 * 204).default(204)`).
 */
function isStatusArgument(call: TSESTree.CallExpression, argument: TSESTree.Node, context: CollectionContext): boolean {
  const callee = unwrap(call.callee);
  if (callee?.type !== "MemberExpression") return false;
  const method = propertyName(callee);
  if (method === undefined || !schemaValueMethods.has(method)) return false;
  if (!call.arguments.some((each) => each === argument)) return false;
  // Up the chain to the whole schema: each call is the object of the next member.
  let top: TSESTree.Node = call;
  while (
    top.parent?.type === "MemberExpression" &&
    top.parent.object === top &&
    top.parent.parent?.type === "CallExpression"
  )
    top = top.parent.parent;
  const holder = holderOf(top);
  return isStatusName(storedUnder(holder.node, holder.parent), context);
}

/** Whether an array is the receiver of `forEach` (or `map`...) whose callback's first parameter is a status. */
function feedsStatusCallback(array: TSESTree.Node, context: CollectionContext): boolean {
  const member = array.parent;
  if (member?.type !== "MemberExpression" || member.object !== array) return false;
  const call = member.parent;
  if (call?.type !== "CallExpression" || call.callee !== member || !elementCallbacks.has(propertyName(member) ?? ""))
    return false;
  const callback = call.arguments[0];
  if (callback?.type !== "ArrowFunctionExpression" && callback?.type !== "FunctionExpression") return false;
  return isStatusName(identifierName(callback.params[0]), context);
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
export function inStatusCollection<Context extends CollectionContext>(
  literal: TSESTree.Literal,
  context: Context,
  readsStatus: ReadsStatus<Context>,
): boolean {
  const { parent } = literal;
  const code = literal.value;
  // enum HttpStatus { NotFound = 404 }. An enum member's name is a name or a
  // string even when bracketed, so it is read as written (typescript-eslint
  // also warns on every read of a member's deprecated `computed`).
  if (parent?.type === "TSEnumMember") return parent.initializer === literal && codeOfKey(parent.id, false) === code;
  // new ErrorResponse(404, "Not Found"): a code and its own phrase, side by side.
  if (parent?.type === "CallExpression" || parent?.type === "NewExpression") {
    const next = parent.arguments[(parent.arguments as readonly TSESTree.Node[]).indexOf(literal) + 1];
    if (codeNamedBy(next) === code) return true;
    if (parent.type === "CallExpression" && isStatusArgument(parent, literal, context)) return true;
  }
  if (parent?.type === "Property") {
    const object = parent.parent;
    if (object?.type !== "ObjectExpression" || parent.kind !== "init" || parent.method) return false;
    if (parent.key !== literal || parent.computed)
      return parent.value === literal && codeOfKey(parent.key, parent.computed) === code;
    if (codeNamedBy(parent.value) === code) return true;
    // Keyed by code: a response schema (`response: { 200: schema }`), or an
    // object stored under a status name (`const emptyStatuses = { 204: true }`).
    const holder = holderOf(object);
    const keyedByStatus =
      (holder.parent?.type === "Property" && responseSchemaKeys.has(keyName(holder.parent) ?? "")) ||
      isStatusName(storedUnder(holder.node, holder.parent), context);
    return (
      keyedByStatus &&
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
  return allCodes && isStatusList(parent, context, readsStatus);
}
