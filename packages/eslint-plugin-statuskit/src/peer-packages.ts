import { child, children, identifierName, type Node } from "./syntax.js";

/**
 * What an imported binding of another status package holds:
 * - `codes`: numbers by member name (`StatusCodes.NOT_FOUND`, `HttpStatus.NOT_FOUND`,
 *   `HttpStatusCode.NotFound`, `STATUS_CODE.NotFound`);
 * - `phrases`: reason phrases by member name (`ReasonPhrases.NOT_FOUND`);
 * - `codes-and-phrases`: http-status's object, numbers by name (`status.NOT_FOUND`)
 *   and phrases by number (`status[404]`);
 * - `phrases-by-code`: Deno's `STATUS_TEXT[code]`;
 * - `statuses`: the statuses function, whose `message[code]` is a phrase.
 */
export type PeerBindingKind = "codes" | "phrases" | "codes-and-phrases" | "phrases-by-code" | "statuses";

/** The imported name (`default` for a default import) → what it holds, for one package. */
type PeerBindings = Readonly<Record<string, PeerBindingKind>>;

const httpStatusCodes: PeerBindings = { StatusCodes: "codes", ReasonPhrases: "phrases" };
const nestCommon: PeerBindings = { HttpStatus: "codes" };
const angularHttp: PeerBindings = { HttpStatusCode: "codes" };
const httpStatus: PeerBindings = { default: "codes-and-phrases", status: "codes-and-phrases" };
const denoStatus: PeerBindings = { STATUS_CODE: "codes", STATUS_TEXT: "phrases-by-code" };
const statuses: PeerBindings = { default: "statuses" };

// Deno's standard library by JSR name (`@std/http`, `jsr:@std/http@^1/status`)
// or by URL (`https://deno.land/std@0.224.0/http/status.ts`).
const denoJsr = /^(?:jsr:)?@std\/http(?:@[^/]*)?(?:\/status(?:\.ts)?)?$/;
const denoUrl = /^https:\/\/deno\.land\/std(?:@[^/]*)?\/http\/(?:status|mod)\.ts$/;

/** The bindings statuskit can replace for an import source, or undefined for other sources. */
export function peerBindings(source: string): PeerBindings | undefined {
  switch (source) {
    case "http-status-codes":
      return httpStatusCodes;
    case "@nestjs/common":
      return nestCommon;
    case "@angular/common/http":
      return angularHttp;
    case "http-status":
      return httpStatus;
    case "statuses":
      return statuses;
    default:
      return denoJsr.test(source) || denoUrl.test(source) ? denoStatus : undefined;
  }
}

/** One imported binding of another status package. */
export interface PeerBinding {
  kind: PeerBindingKind;
  /** The specifier (import), the declarator (`const x = require(...)`) or the property (`const { x } = require(...)`) that declares it. */
  declarator: Node;
  /** The import declaration or variable declaration it belongs to. */
  statement: Node;
  local: string;
  source: string;
}

/** The bindings of other status packages declared by one top-level statement. */
export function peerBindingsOf(statement: Node): PeerBinding[] {
  const found: PeerBinding[] = [];
  if (statement.type === "ImportDeclaration" && statement.importKind !== "type") {
    const source = child(statement, "source")?.value;
    const bindings = typeof source === "string" ? peerBindings(source) : undefined;
    if (bindings === undefined) return found;
    for (const specifier of children(statement, "specifiers")) {
      if (specifier.importKind === "type") continue;
      const local = identifierName(child(specifier, "local"));
      const imported =
        specifier.type === "ImportDefaultSpecifier"
          ? "default"
          : specifier.type === "ImportSpecifier"
            ? (identifierName(child(specifier, "imported")) ?? (child(specifier, "imported")?.value as string))
            : undefined;
      if (local === undefined || imported === undefined || !Object.hasOwn(bindings, imported)) continue;
      found.push({
        kind: bindings[imported] as PeerBindingKind,
        declarator: specifier,
        statement,
        local,
        source: source as string,
      });
    }
  }
  if (statement.type === "VariableDeclaration") {
    const declarators = children(statement, "declarations");
    for (const declarator of declarators) {
      const init = child(declarator, "init");
      if (init?.type !== "CallExpression" || identifierName(child(init, "callee")) !== "require") continue;
      const source = children(init, "arguments")[0]?.value;
      const bindings = typeof source === "string" ? peerBindings(source) : undefined;
      if (bindings === undefined) continue;
      const id = child(declarator, "id");
      // `const statuses = require("statuses")`: the module itself, as a default import gives it.
      if (id?.type === "Identifier" && Object.hasOwn(bindings, "default")) {
        const kind = bindings.default as PeerBindingKind;
        found.push({ kind, declarator, statement, local: id.name as string, source: source as string });
      }
      // `const { StatusCodes } = require("http-status-codes")`
      if (id?.type === "ObjectPattern" && declarators.length === 1) {
        for (const property of children(id, "properties")) {
          const key = identifierName(child(property, "key"));
          const local = identifierName(child(property, "value"));
          if (property.type !== "Property" || property.computed === true || key === undefined || local === undefined)
            continue;
          if (!Object.hasOwn(bindings, key)) continue;
          found.push({
            kind: bindings[key] as PeerBindingKind,
            declarator: property,
            statement,
            local,
            source: source as string,
          });
        }
      }
    }
  }
  return found;
}
