import type { Scope, SourceCode } from "eslint";
import { variableNamed } from "./bindings.js";
import { namesStatus, nameWords } from "./status-words.js";
import { child, children, identifierName, type Node, propertyName, unwrap } from "./syntax.js";

// Statuses that reach a status place through the project's own code: a
// helper's or an error class's status parameter, a status field of an error
// class, the return of a status-named function, the default of a status
// parameter, the value of a status variable.

const functionTypes: ReadonlySet<string> = new Set([
  "FunctionDeclaration",
  "FunctionExpression",
  "ArrowFunctionExpression",
]);

/** The name a function goes by: its own, or the variable, key or member that holds it. */
export function functionName(fn: Node): string | undefined {
  const own = identifierName(child(fn, "id"));
  if (own !== undefined) return own;
  const parent = fn.parent ?? undefined;
  if (parent === undefined) return undefined;
  if (parent.type === "VariableDeclarator" && parent.init === fn) return identifierName(child(parent, "id"));
  if (
    (parent.type === "Property" || parent.type === "MethodDefinition" || parent.type === "PropertyDefinition") &&
    parent.value === fn
  )
    return parent.computed === true ? undefined : identifierName(child(parent, "key"));
  if (parent.type === "AssignmentExpression" && parent.right === fn) {
    const target = unwrap(child(parent, "left"));
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
  if (name === undefined) return false;
  return statusProperties.has(name) || namesStatus(name) || (name === "code" && aboutHttp(owner));
}

function parameterName(parameter: Node | undefined): string | undefined {
  let current = parameter;
  if (current?.type === "TSParameterProperty") current = child(current, "parameter");
  if (current?.type === "AssignmentPattern") current = child(current, "left");
  return identifierName(current);
}

function constructorOf(classNode: Node): Node | undefined {
  for (const member of children(child(classNode, "body"), "body")) {
    if (member.type === "MethodDefinition" && member.kind === "constructor") return child(member, "value");
  }
  return undefined;
}

/**
 * The function a callee declared in the same file runs, with the name that
 * says what it is about: a function, an arrow in a variable, or a class's
 * constructor (its own, or the nearest one it inherits from a class in the
 * same file).
 */
function calledFunction(callee: Node, sourceCode: SourceCode, depth = 0): { fn: Node; owner: string } | undefined {
  if (callee.type !== "Identifier" || depth > 4) return undefined;
  const owner = callee.name as string;
  const definition = variableNamed(owner, callee, sourceCode)?.defs[0] as Scope.Definition | undefined;
  if (definition === undefined) return undefined;
  const node = definition.node as unknown as Node;
  if (definition.type === "FunctionName") return { fn: node, owner };
  if (definition.type === "Variable") {
    const init = unwrap(child(node, "init"));
    return init !== undefined && functionTypes.has(init.type) ? { fn: init, owner } : undefined;
  }
  if (definition.type === "ClassName") {
    const fn = constructorOf(node);
    if (fn !== undefined) return { fn, owner };
    const superClass = child(node, "superClass");
    return superClass === undefined ? undefined : calledFunction(superClass, sourceCode, depth + 1);
  }
  return undefined;
}

// What the rule reads of typescript-eslint's parser services and the
// TypeScript checker, when the file is linted with type information.
interface TypedServices {
  program?: { getTypeChecker(): TypeChecker } | null;
  esTreeNodeToTSNodeMap?: { get(node: unknown): unknown };
}
interface TypeChecker {
  getResolvedSignature(
    node: unknown,
  ): { parameters: readonly { name: string; valueDeclaration?: unknown }[]; declaration?: unknown } | undefined;
}
interface DeclarationView {
  kind?: number;
  dotDotDotToken?: unknown;
  name?: { text?: string };
  parent?: DeclarationView;
}

/** The checker, when the file was parsed with type information, else undefined; looked up once per file. */
export function typeCheckerOf(
  sourceCode: SourceCode,
): { checker: TypeChecker; nodes: { get(node: unknown): unknown } } | undefined {
  const services = sourceCode.parserServices as TypedServices | undefined;
  const program = services?.program;
  if (program === undefined || program === null || services?.esTreeNodeToTSNodeMap === undefined) return undefined;
  return { checker: program.getTypeChecker(), nodes: services.esTreeNodeToTSNodeMap };
}

/** What {@link parameterTakesStatus} needs of the file. */
export interface FlowFile {
  sourceCode: SourceCode;
  typed(): ReturnType<typeof typeCheckerOf>;
  statusProperties: ReadonlySet<string>;
}

/**
 * Whether argument `index` of a call goes to a parameter named for a status:
 * by scope analysis when the function or class is in the same file, else by
 * the type checker when the file has type information.
 */
export function parameterTakesStatus(call: Node, callee: Node | undefined, index: number, file: FlowFile): boolean {
  if (callee === undefined) return false;
  const called = calledFunction(callee, file.sourceCode);
  if (called !== undefined) {
    const parameter = children(called.fn, "params")[index];
    return (
      parameter?.type !== "RestElement" &&
      parameterNamesStatus(parameterName(parameter), called.owner, file.statusProperties)
    );
  }
  const typed = file.typed();
  if (typed === undefined) return false;
  const signature = typed.checker.getResolvedSignature(typed.nodes.get(call));
  const parameter = signature?.parameters[index];
  const declaration = parameter?.valueDeclaration as DeclarationView | undefined;
  if (parameter === undefined || declaration?.dotDotDotToken !== undefined) return false;
  const owned = signature?.declaration as DeclarationView | undefined;
  const owner = owned?.name?.text ?? owned?.parent?.name?.text;
  return parameterNamesStatus(parameter.name, owner, file.statusProperties);
}

/** Whether a class extends `Error` or a class named as an error (`HttpError`, `NotFoundException`). */
function extendsError(classNode: Node | undefined): boolean {
  const superClass = unwrap(child(classNode, "superClass"));
  const name = superClass?.type === "MemberExpression" ? propertyName(superClass) : identifierName(superClass);
  return name !== undefined && (name.endsWith("Error") || name.endsWith("Exception") || name === "Boom");
}

function enclosingFunction(node: Node): Node | undefined {
  let current = node.parent ?? undefined;
  while (current !== undefined && !functionTypes.has(current.type)) current = current.parent ?? undefined;
  return current;
}

/**
 * Whether a value (the literal, or the conditional or fallback it is a branch
 * of) is a status by where the project's own code puts it: a `status` field
 * of an error class, the return of a status-named function, the default of a
 * status-named parameter or binding, the value of a status-named variable.
 */
export function isStatusValue(node: Node, parent: Node, statusProperties: ReadonlySet<string>): boolean {
  const named = (name: string | undefined) => name !== undefined && (statusProperties.has(name) || namesStatus(name));
  switch (parent.type) {
    case "PropertyDefinition":
      return (
        parent.value === node &&
        parent.computed !== true &&
        statusProperties.has(identifierName(child(parent, "key")) ?? "") &&
        extendsError(parent.parent?.parent ?? undefined)
      );
    case "ReturnStatement": {
      const fn = enclosingFunction(parent);
      return fn !== undefined && named(functionName(fn));
    }
    case "ArrowFunctionExpression":
      return parent.body === node && named(functionName(parent));
    case "AssignmentPattern":
      return parent.right === node && named(identifierName(child(parent, "left")));
    case "VariableDeclarator":
      return parent.init === node && named(identifierName(child(parent, "id")));
    case "AssignmentExpression":
      return parent.operator === "=" && parent.right === node && named(identifierName(unwrap(child(parent, "left"))));
    default:
      return false;
  }
}
