import type { TSESTree } from "@typescript-eslint/utils";
import { identifierName } from "./syntax.js";

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
  declarator: TSESTree.ImportClause | TSESTree.VariableDeclarator | TSESTree.Property;
  /** The import declaration or variable declaration it belongs to. */
  statement: TSESTree.ImportDeclaration | TSESTree.VariableDeclaration;
  local: string;
  source: string;
}

/** The bindings of other status packages declared by one top-level statement. */
export function peerBindingsOf(statement: TSESTree.ProgramStatement): PeerBinding[] {
  const found: PeerBinding[] = [];
  if (statement.type === "ImportDeclaration" && statement.importKind !== "type") {
    const source = statement.source.value;
    const bindings = peerBindings(source);
    if (bindings === undefined) return found;
    for (const specifier of statement.specifiers) {
      if (specifier.type === "ImportSpecifier" && specifier.importKind === "type") continue;
      const local = specifier.local.name;
      const imported =
        specifier.type === "ImportDefaultSpecifier"
          ? "default"
          : specifier.type === "ImportSpecifier"
            ? specifier.imported.type === "Identifier"
              ? specifier.imported.name
              : specifier.imported.value
            : undefined;
      const kind = imported !== undefined && Object.hasOwn(bindings, imported) ? bindings[imported] : undefined;
      if (kind === undefined) continue;
      found.push({ kind, declarator: specifier, statement, local, source });
    }
  }
  if (statement.type === "VariableDeclaration") {
    const declarators = statement.declarations;
    for (const declarator of declarators) {
      const { init } = declarator;
      if (init?.type !== "CallExpression" || identifierName(init.callee) !== "require") continue;
      const argument = init.arguments[0];
      const source = argument?.type === "Literal" ? argument.value : undefined;
      const bindings = typeof source === "string" ? peerBindings(source) : undefined;
      if (typeof source !== "string" || bindings === undefined) continue;
      const { id } = declarator;
      // `const statuses = require("statuses")`: the module itself, as a default import gives it.
      const moduleKind = Object.hasOwn(bindings, "default") ? bindings.default : undefined;
      if (id.type === "Identifier" && moduleKind !== undefined) {
        found.push({ kind: moduleKind, declarator, statement, local: id.name, source });
      }
      // `const { StatusCodes } = require("http-status-codes")`
      if (id.type === "ObjectPattern" && declarators.length === 1) {
        for (const property of id.properties) {
          if (property.type !== "Property" || property.computed) continue;
          const key = identifierName(property.key);
          const local = identifierName(property.value);
          const kind = key !== undefined && Object.hasOwn(bindings, key) ? bindings[key] : undefined;
          if (local === undefined || kind === undefined) continue;
          found.push({ kind, declarator: property, statement, local, source });
        }
      }
    }
  }
  return found;
}
