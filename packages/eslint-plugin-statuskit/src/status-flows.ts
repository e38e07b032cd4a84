import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { variableNamed } from "./bindings.js";
import { isStatusNamed, nameWords } from "./status-words.js";
import { identifierName, propertyName, unwrap } from "./syntax.js";

// Statuses that reach a status place through the project's own code: a
// helper's or an error class's status parameter, a status field of an error
// class, the return of a status-named function, the default of a status
// parameter, the value of a status variable.

type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

function isFunction(node: TSESTree.Node | undefined): node is FunctionNode {
  return (
    node?.type === "FunctionDeclaration" ||
    node?.type === "FunctionExpression" ||
    node?.type === "ArrowFunctionExpression"
  );
}

/** The name a function goes by: its own, or the variable, key or member that holds it. */
export function functionName(fn: FunctionNode): string | undefined {
  const own = identifierName(fn.id);
  if (own !== undefined) return own;
  const { parent } = fn;
  if (parent.type === "VariableDeclarator" && parent.init === fn) return identifierName(parent.id);
  if (
    (parent.type === "Property" || parent.type === "MethodDefinition" || parent.type === "PropertyDefinition") &&
    parent.value === fn
  )
    return parent.computed ? undefined : identifierName(parent.key);
  if (parent.type === "AssignmentExpression" && parent.right === fn) {
    const target = unwrap(parent.left);
    return target?.type === "MemberExpression" ? propertyName(target) : identifierName(target);
  }
  return undefined;
}

/** Whether the words of a class's or function's name say it is about HTTP (`HttpError`, `httpFail`). */
function aboutHttp(name: string | undefined): boolean {
  return name !== undefined && nameWords(name).some((word) => word === "http" || word === "status");
}

/** Whether a parameter's name says it takes a status; `code` only in a function or class about HTTP. */
function parameterNamesStatus(
  name: string | undefined,
  owner: string | undefined,
  statusProperties: ReadonlySet<string>,
): boolean {
  return isStatusNamed(name, statusProperties) || (name === "code" && aboutHttp(owner));
}

function parameterName(parameter: TSESTree.Parameter | undefined): string | undefined {
  let current: TSESTree.Node | undefined = parameter;
  if (current?.type === "TSParameterProperty") current = current.parameter;
  if (current?.type === "AssignmentPattern") current = current.left;
  return identifierName(current);
}

function constructorOf(classNode: TSESTree.ClassDeclaration): TSESTree.FunctionExpression | undefined {
  for (const member of classNode.body.body) {
    // An overload's signature has no body; the implementation after it has the parameter names.
    if (
      member.type === "MethodDefinition" &&
      member.kind === "constructor" &&
      member.value.type === "FunctionExpression"
    )
      return member.value;
  }
  return undefined;
}

/**
 * The function a callee declared in the same file runs, with the name that
 * says what it is about: a function, an arrow in a variable, or a class's
 * constructor (its own, or the nearest one it inherits from a class in the
 * same file).
 */
function calledFunction(
  callee: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  depth = 0,
): { fn: FunctionNode; owner: string } | undefined {
  if (callee.type === "MemberExpression" && depth === 0) {
    const path = memberPath(callee);
    const fn = path === undefined ? undefined : memberFunctions(sourceCode.ast).get(path);
    return fn === undefined || path === undefined ? undefined : { fn, owner: path };
  }
  if (callee.type !== "Identifier" || depth > 4) return undefined;
  const owner = callee.name;
  const node = variableNamed(owner, callee, sourceCode)?.defs[0]?.node;
  if (node?.type === "FunctionDeclaration") return { fn: node, owner };
  if (node?.type === "VariableDeclarator") {
    const init = unwrap(node.init ?? undefined);
    return isFunction(init) ? { fn: init, owner } : undefined;
  }
  if (node?.type === "ClassDeclaration") {
    const fn = constructorOf(node);
    if (fn !== undefined) return { fn, owner };
    return node.superClass === null ? undefined : calledFunction(node.superClass, sourceCode, depth + 1);
  }
  return undefined;
}

/** `internals.serverError` for a member of a plain name, else undefined. */
function memberPath(member: TSESTree.MemberExpression): string | undefined {
  if (member.computed || member.object.type !== "Identifier" || member.property.type !== "Identifier") return undefined;
  return `${member.object.name}.${member.property.name}`;
}

// Functions a file assigns to members at its top level (boom's
// `internals.serverError = function (message, data, statusCode, ctor)`), by
// path; gathered once per file.
const memberFunctionsByFile = new WeakMap<TSESTree.Program, ReadonlyMap<string, FunctionNode>>();

function memberFunctions(program: TSESTree.Program): ReadonlyMap<string, FunctionNode> {
  const known = memberFunctionsByFile.get(program);
  if (known !== undefined) return known;
  const found = new Map<string, FunctionNode>();
  for (const statement of program.body) {
    if (statement.type !== "ExpressionStatement" || statement.expression.type !== "AssignmentExpression") continue;
    const { left, right } = statement.expression;
    const path = left.type === "MemberExpression" ? memberPath(left) : undefined;
    if (path !== undefined && isFunction(right)) found.set(path, right);
  }
  memberFunctionsByFile.set(program, found);
  return found;
}

/**
 * Whether a call with one argument goes to a helper named for a status code
 * (`getStatusCodeColor(404)`, `isHttpStatusRetryable(503)`): such a helper's
 * only number is the code it is about.
 */
export function isStatusCodeHelper(name: string | undefined, argumentCount: number): boolean {
  if (name === undefined || argumentCount !== 1 || !/status/i.test(name)) return false;
  const words = nameWords(name);
  return words.some(
    (word, index) =>
      (word === "status" && words[index + 1] === "code") || (word === "http" && words[index + 1] === "status"),
  );
}

// What the rule reads of typescript-eslint's parser services and the
// TypeScript checker when the file is linted with type information; read
// structurally, so that the plugin needs TypeScript only when the user has it.
interface DeclarationView {
  dotDotDotToken?: unknown;
  name?: { text?: string };
  parent?: DeclarationView;
}
interface SignatureView {
  parameters: readonly { name: string; valueDeclaration?: DeclarationView }[];
  declaration?: DeclarationView;
}
interface TypeCheckerView {
  getResolvedSignature(node: never): SignatureView | undefined;
}
/** The checker and the map from syntax-tree nodes to TypeScript's, for a file with type information. */
export interface TypeInformation {
  checker: TypeCheckerView;
  nodes: { get(node: TSESTree.Node): unknown };
}

/** The type information of a file linted with it, else undefined. */
export function typeInformationOf(sourceCode: Readonly<TSESLint.SourceCode>): TypeInformation | undefined {
  const services = sourceCode.parserServices as
    | { program?: { getTypeChecker(): TypeCheckerView } | null; esTreeNodeToTSNodeMap?: TypeInformation["nodes"] }
    | undefined;
  const program = services?.program;
  const nodes = services?.esTreeNodeToTSNodeMap;
  if (program === undefined || program === null || nodes === undefined) return undefined;
  return { checker: program.getTypeChecker(), nodes };
}

/** What {@link parameterTakesStatus} needs of the file. */
export interface FlowFile {
  sourceCode: Readonly<TSESLint.SourceCode>;
  typed(): TypeInformation | undefined;
  statusProperties: ReadonlySet<string>;
}

/**
 * Whether argument `index` of a call goes to a parameter named for a status:
 * by scope analysis when the function or class is in the same file, else by
 * the type checker when the file has type information.
 */
export function parameterTakesStatus(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  callee: TSESTree.Node | undefined,
  index: number,
  file: FlowFile,
): boolean {
  if (callee === undefined) return false;
  const called = calledFunction(callee, file.sourceCode);
  if (called !== undefined)
    return parameterNamesStatus(parameterName(called.fn.params[index]), called.owner, file.statusProperties);
  const typed = file.typed();
  if (typed === undefined) return false;
  const signature = typed.checker.getResolvedSignature(typed.nodes.get(call) as never);
  const parameter = signature?.parameters[index];
  if (parameter === undefined || parameter.valueDeclaration?.dotDotDotToken !== undefined) return false;
  const declaration = signature?.declaration;
  const owner = declaration?.name?.text ?? declaration?.parent?.name?.text;
  return parameterNamesStatus(parameter.name, owner, file.statusProperties);
}

/** Whether a class extends `Error` or a class named as an error (`HttpError`, `NotFoundException`, boom's `Boom`). */
function extendsError(classNode: TSESTree.Node | undefined): boolean {
  if (classNode?.type !== "ClassDeclaration" && classNode?.type !== "ClassExpression") return false;
  const superClass = unwrap(classNode.superClass ?? undefined);
  const name = superClass?.type === "MemberExpression" ? propertyName(superClass) : identifierName(superClass);
  return name !== undefined && (name.endsWith("Error") || name.endsWith("Exception") || name === "Boom");
}

function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  let current = node.parent;
  while (current !== undefined && !isFunction(current)) current = current.parent;
  return current;
}

/** Whether a name is one of the status properties or names a status (`statusCode`, `httpStatus`). */

/**
 * Whether a value (the literal, or the conditional or fallback it is a branch
 * of) is a status by where the project's own code puts it: a `status` field
 * of an error class, the return of a status-named function, the default of a
 * status-named parameter or binding, the value of a status-named variable.
 */
export function isStatusValue(
  node: TSESTree.Node,
  parent: TSESTree.Node,
  statusProperties: ReadonlySet<string>,
): boolean {
  switch (parent.type) {
    case "PropertyDefinition":
      return (
        parent.value === node &&
        !parent.computed &&
        statusProperties.has(identifierName(parent.key) ?? "") &&
        extendsError(parent.parent.parent)
      );
    case "ReturnStatement": {
      const fn = enclosingFunction(parent);
      return fn !== undefined && isStatusNamed(functionName(fn), statusProperties);
    }
    case "ArrowFunctionExpression":
      return parent.body === node && isStatusNamed(functionName(parent), statusProperties);
    case "AssignmentPattern":
      return parent.right === node && isStatusNamed(identifierName(parent.left), statusProperties);
    case "VariableDeclarator":
      return parent.init === node && isStatusNamed(identifierName(parent.id), statusProperties);
    case "AssignmentExpression":
      return (
        parent.operator === "=" &&
        parent.right === node &&
        isStatusNamed(identifierName(unwrap(parent.left)), statusProperties)
      );
    default:
      return false;
  }
}
