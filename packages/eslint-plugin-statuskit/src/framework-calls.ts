import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { importedLocals, importedPackages, importOf, isParameter, variableNamed } from "./bindings.js";

/** Exported name → the argument positions that hold a status. */
type StatusArguments = Readonly<Record<string, readonly number[]>>;

// Read from each package's own API: SvelteKit's error(status, body),
// redirect(status, location), fail(status, data) and isHttpError(e, status);
// Elysia's status(code, response) and redirect(url, status); React Router's
// and Remix's redirect(url, init), redirectDocument, replace, data(value,
// init) and json(value, init), where init may be the status; SolidStart's
// redirect(url, init); boom's isBoom(err, statusCode).
const sveltekit: StatusArguments = { error: [0], redirect: [0], fail: [0], isHttpError: [1] };
const elysia: StatusArguments = { status: [0], error: [0], redirect: [1] };
const reactRouter: StatusArguments = { redirect: [1], redirectDocument: [1], replace: [1], data: [1], json: [1] };
const solid: StatusArguments = { redirect: [1] };
const boom: StatusArguments = { isBoom: [1] };

const importedFunctions: ReadonlyMap<string, StatusArguments> = new Map([
  ["@sveltejs/kit", sveltekit],
  ["elysia", elysia],
  ["react-router", reactRouter],
  ["react-router-dom", reactRouter],
  ["@remix-run/node", reactRouter],
  ["@remix-run/cloudflare", reactRouter],
  ["@remix-run/deno", reactRouter],
  ["@remix-run/server-runtime", reactRouter],
  ["@remix-run/router", reactRouter],
  ["@solidjs/router", solid],
  ["solid-start", solid],
  ["solid-start/server", solid],
  ["@hapi/boom", boom],
  ["boom", boom],
]);

// Functions a framework hands its handlers rather than exports: Elysia's
// context (`({ status }) => status(404)`) and Qwik City's request event
// (`({ error }) => error(404, msg)`, `event.redirect(302, url)`,
// `json(200, data)`). They count in files that import the framework, when
// the name is a handler's parameter or a method of one.
const qwik: StatusArguments = { error: [0], redirect: [0], json: [0], text: [0], html: [0], send: [0], status: [0] };
const contextFunctions: ReadonlyMap<string, StatusArguments> = new Map([
  ["elysia", elysia],
  ["@builder.io/qwik-city", qwik],
  ["@qwik.dev/router", qwik],
]);

// nock's interceptors: .reply(404), .reply(200, body), .replyWithFile(200, path).
const nockMethods: StatusArguments = { reply: [0], replyWithFile: [0] };

/** What the framework shapes read about the file being linted, each computed once. */
export interface FrameworkFile {
  sourceCode: Readonly<TSESLint.SourceCode>;
  packages(): ReadonlySet<string>;
  /** The local names the file's imports from the frameworks above bind (`httpError` in `import { error as httpError }`). */
  frameworkLocals(): ReadonlySet<string>;
}

/** The {@link FrameworkFile} of one file. */
export function frameworkFile(sourceCode: Readonly<TSESLint.SourceCode>): FrameworkFile {
  let packages: ReadonlySet<string> | undefined;
  let locals: ReadonlySet<string> | undefined;
  return {
    sourceCode,
    packages: () => {
      packages ??= importedPackages(sourceCode.ast);
      return packages;
    },
    frameworkLocals: () => {
      locals ??= importedLocals(sourceCode.ast, importedFunctions);
      return locals;
    },
  };
}

// Every name any table above holds, so that a call by another name costs no scope lookup.
const knownNames: ReadonlySet<string> = new Set(
  [...importedFunctions.values(), ...contextFunctions.values(), nockMethods].flatMap((table) => Object.keys(table)),
);

const usesContext = (file: FrameworkFile, name: string, index: number): boolean => {
  for (const source of file.packages()) if (takes(contextFunctions.get(source), name, index)) return true;
  return false;
};

const takes = (table: StatusArguments | undefined, name: string, index: number): boolean =>
  table !== undefined && Object.hasOwn(table, name) && (table[name] as readonly number[]).includes(index);

/**
 * Whether argument `index` of a call is a status by the framework the callee
 * comes from: an imported function (`error` from `@sveltejs/kit`, under any
 * local name), a method of an imported namespace (`Boom.isBoom`), a context
 * function of a framework the file imports, or a nock interceptor.
 */
export function frameworkTakesStatus(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  callee: TSESTree.Node,
  index: number,
  file: FrameworkFile,
): boolean {
  if (callee.type === "Identifier") {
    if (!knownNames.has(callee.name) && !file.frameworkLocals().has(callee.name)) return false;
    const variable = variableNamed(callee.name, callee, file.sourceCode);
    const origin = importOf(variable);
    if (origin !== undefined) return takes(importedFunctions.get(origin.source), origin.imported, index);
    if (!isParameter(variable)) return false;
    return usesContext(file, callee.name, index);
  }
  if (callee.type !== "MemberExpression" || callee.computed || callee.property.type !== "Identifier") return false;
  const method = callee.property.name;
  if (!knownNames.has(method)) return false;
  const { object } = callee;
  if (object.type === "Identifier") {
    const variable = variableNamed(object.name, object, file.sourceCode);
    const origin = importOf(variable);
    if (origin !== undefined && (origin.imported === "*" || origin.imported === "default"))
      return takes(importedFunctions.get(origin.source), method, index);
    if (isParameter(variable) && usesContext(file, method, index)) return true;
  }
  if (call.type !== "CallExpression" || !takes(nockMethods, method, index)) return false;
  return file.packages().has("nock") || chainStartsWithNock(object);
}

/** Whether a chain of calls starts at a call of `nock` (`nock(base).get("/").reply(...)`), as nock's own tests write it. */
function chainStartsWithNock(node: TSESTree.Node): boolean {
  let current: TSESTree.Node = node;
  for (let depth = 0; depth < 16; depth++) {
    if (current.type === "CallExpression") {
      if (current.callee.type === "Identifier") return current.callee.name === "nock";
      current = current.callee;
    } else if (current.type === "MemberExpression") current = current.object;
    else return false;
  }
  return false;
}
