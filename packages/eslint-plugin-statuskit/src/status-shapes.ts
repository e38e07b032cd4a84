import type { TSESTree } from "@typescript-eslint/utils";
import { type FrameworkFile, frameworkTakesStatus } from "./framework-calls.js";
import { inStatusCollection } from "./status-collections.js";
import { type FlowFile, isStatusCodeHelper, isStatusValue, parameterTakesStatus } from "./status-flows.js";
import type { StatusCall, StatusPlace } from "./status-places.js";
import { isStatusNamed, namesStatus } from "./status-words.js";
import { calleeName, dottedName, identifierName, propertyName, unwrap } from "./syntax.js";

/** The matching options, resolved once per file. */
export interface ShapeOptions {
  statusProperties: ReadonlySet<string>;
  extraCalls: readonly StatusCall[];
  ignoredCalls: ReadonlySet<string>;
  ignoredPlaces: ReadonlySet<StatusPlace>;
  /** What the framework and flow shapes read about the file. */
  file: FrameworkFile & FlowFile;
}

// Methods that take a status at these argument positions, whatever they are
// called on: Express, node:http, Fastify, Koa, Hono, the Fetch API and
// Next.js (Response.redirect, NextResponse.redirect), chai-http, supertest.
const statusMethods: ReadonlyMap<string, readonly number[]> = new Map([
  ["status", [0]], // Express res.status, Fastify reply.status, Hono c.status, chai-http .status
  ["sendStatus", [0]], // Express
  ["code", [0]], // Fastify reply.code
  ["writeHead", [0]], // node:http
  ["redirect", [0, 1]], // Express res.redirect(301, url); Hono c.redirect(url, 301); Response.redirect(url, 301)
  ["throw", [0, 1]], // Koa ctx.throw(404) and ctx.throw("message", 404)
  ["assert", [1]], // Koa ctx.assert(condition, 401, message)
  ["expect", [0]], // supertest .expect(200, body)
]);

// Hono's response helpers take the status second: c.json(body, 201, headers).
const bodyThenStatusMethods: ReadonlySet<string> = new Set(["json", "text", "html", "body", "newResponse"]);

// Functions and constructors (by the last name of the callee) that take a status.
const statusFunctions: ReadonlyMap<string, readonly number[]> = new Map([
  ["HttpCode", [0]], // NestJS @HttpCode(204)
  ["Redirect", [1]], // NestJS @Redirect(url, 301)
  ["HttpException", [1]], // NestJS new HttpException(body, 403)
  ["HTTPException", [0]], // Hono new HTTPException(401, options)
  ["HttpError", [0]], // http-errors style new HttpError(404)
  // http-errors takes its arguments in any order: createError(404, message), createError(message, 404)
  ["createError", [0, 1, 2]],
  ["createHttpError", [0, 1, 2]],
  ["httpErrors", [0, 1, 2]],
  ["setResponseStatus", [1]], // h3 setResponseStatus(event, 201)
  ["sendRedirect", [2]], // h3 sendRedirect(event, url, 301)
  ["redirect", [2]], // h3 2 redirect(event, url, 301)
  ["sendNoContent", [1]], // h3 sendNoContent(event, 204)
  ["isBoom", [1]], // boom's Boom.isBoom(err, 404), by a name no other package uses
]);

// Test matchers whose expected value comes from `expect(actual)`: Jest,
// Vitest, Bun, Playwright, chai's expect.
const expectMatchers: ReadonlySet<string> = new Set([
  "toBe",
  "toEqual",
  "toStrictEqual",
  "equal",
  "equals",
  "eql",
  "eq",
  "exactly", // should.js
]);

// Assertion functions that compare their first two arguments: node:assert,
// node:test's t.assert, tap, AVA, uvu, Deno's std/assert.
const equalityAssertions: ReadonlySet<string> = new Set([
  "equal",
  "strictEqual",
  "deepEqual",
  "deepStrictEqual",
  "notEqual",
  "notStrictEqual",
  "equals",
  "is",
  "not",
  "same",
  "assertEquals",
  "assertStrictEquals",
  "assertNotEquals",
]);

// Matchers that take a property name and its expected value.
const propertyMatchers: ReadonlySet<string> = new Set(["toHaveProperty", "property", "haveOwnProperty", "ownProperty"]);

function isStatusKeyText(node: TSESTree.Node | undefined, options: ShapeOptions): boolean {
  return (
    node?.type === "Literal" && typeof node.value === "string" && isStatusNamed(node.value, options.statusProperties)
  );
}

const equalityOperators: ReadonlySet<string> = new Set(["===", "!==", "==", "!="]);

/** Whether an expression reads a status: `res.status`, `res.statusCode`, `response.status()`, `status`. */
export function readsStatus(node: TSESTree.Node | undefined, options: ShapeOptions): boolean {
  const expression = unwrap(node);
  if (expression === undefined) return false;
  if (expression.type === "Identifier") return isStatusNamed(expression.name, options.statusProperties);
  if (expression.type === "MemberExpression") {
    // span.attributes[ATTR_HTTP_RESPONSE_STATUS_CODE]
    if (expression.computed && isTelemetryStatusKey(expression.property)) return true;
    const name = propertyName(expression);
    return isStatusNamed(name, options.statusProperties);
  }
  // `res && res.status()` is the status when it is anything; `res.status ?? fallback` too.
  if (expression.type === "LogicalExpression") {
    if (expression.operator === "&&") return readsStatus(expression.right, options);
    return readsStatus(expression.left, options) || readsStatus(expression.right, options);
  }
  if (expression.type === "CallExpression") {
    // Playwright's response.status(), and the project's getStatus(error) or statusOf(response).
    const name = calleeName(expression);
    if (name === "status") return expression.arguments.length === 0;
    return name !== undefined && namesStatus(name);
  }
  return false;
}

/** Whether a variable, property or key by this name holds a status: `status`, `statusCode`, `httpStatus`, the `properties` option. */

/**
 * Where a numeric literal is used as an HTTP status, or `undefined` when it is
 * not in one of the known shapes. Only the literal's immediate surroundings
 * are read: the callee and argument position, the object key, the other side
 * of a comparison, the expected value of an assertion.
 */
export function statusPlace(literal: TSESTree.Literal, options: ShapeOptions): StatusPlace | undefined {
  let node: TSESTree.Node = literal;
  let parent: TSESTree.Node | undefined = node.parent;
  // Climb through what passes a literal on unchanged: TypeScript wrappers,
  // either branch of `a ? 204 : 201`, and the fallback of `err.status || 500`
  // or `err.status ?? 500`.
  let fallbackOfStatus = false;
  while (parent !== undefined && passesOn(node, parent)) {
    // `options.statusCode ?? 500`: the fallback of a status is one.
    if (parent.type === "LogicalExpression" && readsStatus(parent.left, options)) fallbackOfStatus = true;
    node = parent;
    parent = node.parent;
  }
  if (parent === undefined) return undefined;
  const place =
    placeIn(node, parent, options) ??
    (inStatusCollection(literal, options, readsStatus)
      ? "collections"
      : fallbackOfStatus || isStatusValue(node, parent, options.statusProperties)
        ? "values"
        : undefined);
  return place !== undefined && !options.ignoredPlaces.has(place) ? place : undefined;
}

function passesOn(node: TSESTree.Node, parent: TSESTree.Node): boolean {
  switch (parent.type) {
    case "TSAsExpression":
    case "TSSatisfiesExpression":
      return true;
    case "ConditionalExpression":
      return parent.test !== node;
    case "LogicalExpression":
      return parent.right === node && (parent.operator === "||" || parent.operator === "??");
    default:
      return false;
  }
}

function placeIn(node: TSESTree.Node, parent: TSESTree.Node, options: ShapeOptions): StatusPlace | undefined {
  switch (parent.type) {
    case "CallExpression":
    case "NewExpression":
      return callPlace(node, parent, options);
    case "Property":
      return parent.value === node &&
        parent.kind === "init" &&
        isStatusKey(parent, options) &&
        parent.parent?.type === "ObjectExpression"
        ? "properties"
        : undefined;
    case "AssignmentExpression": {
      const target = unwrap(parent.left);
      return parent.operator === "=" &&
        parent.right === node &&
        target?.type === "MemberExpression" &&
        isStatusNamed(propertyName(target), options.statusProperties)
        ? "assignments"
        : undefined;
    }
    case "BinaryExpression": {
      if (!equalityOperators.has(parent.operator)) return undefined;
      const other = parent.left === node ? parent.right : parent.left;
      return readsStatus(other, options) ? "comparisons" : undefined;
    }
    case "SwitchCase": {
      return parent.test === node && readsStatus(parent.parent.discriminant, options) ? "cases" : undefined;
    }
    case "MemberExpression": {
      // Node's http.STATUS_CODES[404], imported or not.
      const table = unwrap(parent.object);
      const name = table?.type === "MemberExpression" ? propertyName(table) : identifierName(table);
      return parent.computed && parent.property === node && name === "STATUS_CODES" ? "lookups" : undefined;
    }
    default:
      return undefined;
  }
}

// OpenTelemetry's semantic conventions: the attribute that holds a response's
// status, by its key and by the names its package exports for the key.
const telemetryStatusKeys: ReadonlySet<string> = new Set(["http.response.status_code", "http.status_code"]);
const telemetryStatusNames: ReadonlySet<string> = new Set([
  "ATTR_HTTP_RESPONSE_STATUS_CODE",
  "SEMATTRS_HTTP_STATUS_CODE",
  "ATTR_HTTP_STATUS_CODE",
  "HTTP_STATUS_CODE", // SemanticAttributes.HTTP_STATUS_CODE
  "HTTP_RESPONSE_STATUS_CODE",
]);

/** Whether a key (a string, a name, or a computed name) is OpenTelemetry's status attribute. */
function isTelemetryStatusKey(key: TSESTree.Node | undefined): boolean {
  const expression = unwrap(key);
  if (expression?.type === "Literal")
    return typeof expression.value === "string" && telemetryStatusKeys.has(expression.value);
  const name = expression?.type === "MemberExpression" ? propertyName(expression) : identifierName(expression);
  return name !== undefined && telemetryStatusNames.has(name);
}

function isStatusKey(property: TSESTree.Property, options: ShapeOptions): boolean {
  const { key } = property;
  if (property.computed) return isTelemetryStatusKey(key);
  const name =
    key.type === "Identifier"
      ? key.name
      : key.type === "Literal" && typeof key.value === "string"
        ? key.value
        : undefined;
  // By its words, so that hapi's `emptyStatusCode` and OpenTelemetry's
  // `"http.response.status_code"` are status keys too.
  return isStatusNamed(name, options.statusProperties);
}

function callPlace(
  node: TSESTree.Node,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  options: ShapeOptions,
): StatusPlace | undefined {
  const args: readonly TSESTree.Node[] = call.arguments;
  const index = args.indexOf(node);
  if (index < 0) return undefined;
  const name = calleeName(call);
  const callee = unwrap(call.callee);

  for (const extra of options.extraCalls) {
    if (extra.argument === index && (extra.name === name || extra.name === dottedName(callee))) return "calls";
  }
  if (name === undefined || options.ignoredCalls.has(name)) return undefined;

  if (call.type === "CallExpression" && callee?.type === "MemberExpression") {
    if (expectMatchers.has(name) && index === 0 && readsStatus(expectedActual(callee), options)) return "assertions";
    if (equalityAssertions.has(name) && index < 2 && readsStatus(args[1 - index], options)) return "assertions";
    if (name === "expect" && index === 0) return "assertions";
    // expect(res).toHaveProperty("status", 200), should.js res.should.have.property("statusCode", 200)
    if (propertyMatchers.has(name) && index === 1 && isStatusKeyText(args[0], options)) return "assertions";
    if (statusMethods.get(name)?.includes(index) === true) return "calls";
    if (bodyThenStatusMethods.has(name) && index === 1 && !isNumberLiteral(args[2])) return "calls";
  }
  if (call.type === "CallExpression" && callee?.type === "Identifier" && equalityAssertions.has(name) && index < 2) {
    if (readsStatus(args[1 - index], options)) return "assertions";
  }
  if (statusFunctions.get(name)?.includes(index) === true) return "calls";
  // span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, 200)
  if (name === "setAttribute" && index === 1 && isTelemetryStatusKey(args[0])) return "calls";
  if (callee !== undefined && frameworkTakesStatus(call, callee, index, options.file)) return "calls";
  if (parameterTakesStatus(call, callee, index, options.file)) return "calls";
  if (isStatusCodeHelper(name, args.length)) return "calls";
  return undefined;
}

// jsPDF's doc.text("label", 100, 200) takes coordinates, not a status.
function isNumberLiteral(node: TSESTree.Node | undefined): boolean {
  return node?.type === "Literal" && typeof node.value === "number";
}

/**
 * The `actual` of `expect(actual).not.toBe(...)`, `expect(actual).to.equal(...)`
 * and should.js's `should(actual).eql(...)` and `actual.should.be.exactly(...)`,
 * or undefined.
 */
function expectedActual(matcher: TSESTree.MemberExpression): TSESTree.Node | undefined {
  let current = unwrap(matcher.object);
  for (let depth = 0; current !== undefined && depth < 4; depth++) {
    if (current.type === "CallExpression") {
      const name = calleeName(current);
      return name === "expect" || name === "should" ? current.arguments[0] : undefined;
    }
    if (current.type !== "MemberExpression") return undefined;
    if (propertyName(current) === "should") return current.object;
    current = unwrap(current.object);
  }
  return undefined;
}

/** The default property names that hold a status. */
export const defaultStatusProperties: readonly string[] = ["status", "statusCode"];

/** Exposed for the option docs: the built-in callee names. */
export const builtInCallNames: readonly string[] = [
  ...statusMethods.keys(),
  ...bodyThenStatusMethods,
  ...statusFunctions.keys(),
].filter((name, index, all) => all.indexOf(name) === index);
