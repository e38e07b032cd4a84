import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../create-rule.js";
import { fileFactsOf } from "../module-system.js";
import { type PeerBinding, peerBindingsOf } from "../peer-packages.js";
import { chosenNames, constantForMember, constantNames, type NameChoice } from "../status-names.js";
import { importEdit, readStatuskitImports, referenceTo, type StatuskitImports } from "../statuskit-import.js";
import { propertyName } from "../syntax.js";

/** The options of `statuskit/prefer-statuskit`. */
export interface PreferStatuskitOptions {
  /** For the codes with two names (413, 414, 416, 422): always use this one. By default the name closest to the old one. */
  names?: NameChoice;
}

/** A use of another package's name and what statuskit writes instead. */
interface Replacement {
  /** The expression to replace. */
  node: TSESTree.MemberExpression;
  /** The old text, for the message. */
  old: string;
  /** The constant, or undefined when the phrase is looked up from an expression. */
  constant: string | undefined;
  /** True for a reason phrase: `reasonPhrase(constant)`. */
  phrase: boolean;
  /** For a phrase looked up by an expression that is not a known constant: that expression's text. */
  argument?: string;
  /**
   * True when the lookup's key may be a string: `table[key]` reads `"404"`
   * as 404 and `reasonPhrase` does not, so the rewrite is only suggested.
   */
  suggestOnly?: boolean;
}

const phraseFunction = "reasonPhrase";

/**
 * `statuskit/prefer-statuskit`: rewrites the status names of http-status-codes,
 * NestJS, Angular, http-status, Deno's standard library and statuses to
 * statuskit's, and removes the old import once nothing uses it.
 *
 * @example
 * ```ts
 * import { StatusCodes } from "http-status-codes";
 * res.status(StatusCodes.NOT_FOUND); // → res.status(HTTP_404_NOT_FOUND), imported from "statuskit"
 * ```
 */
export const preferStatuskit = createRule<
  "replace" | "unusedImport" | "replaceIfNumber" | "useReasonPhrase",
  [PreferStatuskitOptions?]
>({
  name: "prefer-statuskit",
  meta: {
    type: "suggestion",
    docs: {
      description:
        "Prefer statuskit's constants to http-status-codes, NestJS HttpStatus, Angular HttpStatusCode, http-status, Deno STATUS_CODE and statuses",
      recommended: false,
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          names: {
            type: "string",
            enum: ["rfc9110", "drf"],
            description: "Use this name for the codes with two names.",
          },
        },
      },
    ],
    defaultOptions: [{}],
    messages: {
      replace: "Use {{replacement}} from statuskit instead of {{old}} from {{source}}.",
      unusedImport: "{{local}} from {{source}} is no longer used: statuskit replaces it.",
      replaceIfNumber:
        '{{old}} from {{source}} also reads a string key such as "404", which reasonPhrase does not: not fixed, since reasonPhrase({{argument}}) from statuskit gives the same phrase only when {{argument}} is a number.',
      useReasonPhrase: "Replace with reasonPhrase({{argument}}), for a {{argument}} that is always a number.",
    },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const { sourceCode } = context;
    return {
      "Program:exit"(program) {
        const bindings = program.body.flatMap(peerBindingsOf);
        if (bindings.length === 0) return;
        const imports = readStatuskitImports(program, sourceCode, fileFactsOf(context));
        const keys: LookupKeys = { bindings, imports };
        const found: { binding: PeerBinding; replacement: Replacement }[] = [];
        const unused: PeerBinding[] = [];
        for (const binding of bindings) {
          const variable = declaredVariable(binding, sourceCode);
          if (variable === undefined) continue;
          // A `const { x } = require(...)` binding's own initialisation is a reference too.
          const uses = variable.references.filter((reference) => !reference.init);
          if (uses.length === 0) unused.push(binding);
          for (const reference of uses) {
            const replacement = replacementFor(reference.identifier, binding, sourceCode, options.names, keys);
            if (replacement !== undefined) found.push({ binding, replacement });
          }
        }
        // The key of a lookup that is replaced whole (`httpStatus[httpStatus.NOT_FOUND]`) is not replaced on its own.
        const replaced = new Set<TSESTree.Node>(found.map(({ replacement }) => replacement.node));
        const outermost = found.filter(({ replacement: { node } }) => {
          const { parent } = node;
          return !(parent?.type === "MemberExpression" && parent.property === node && replaced.has(parent));
        });

        const planned = outermost.map(({ binding, replacement }) => {
          const names = [replacement.constant, replacement.phrase ? phraseFunction : undefined].filter(
            (name): name is string => name !== undefined,
          );
          const references = names.map((name) => referenceTo(name, replacement.node, sourceCode, imports));
          return { binding, replacement, names, references };
        });
        const toImport = new Set<string>();
        for (const { names, references, replacement } of planned) {
          if (replacement.suggestOnly === true || references.some((reference) => reference === undefined)) continue;
          names.forEach((name, index) => {
            if (references[index]?.needsImport === true) toImport.add(name);
          });
        }
        const names = [...toImport].sort();
        for (const { binding, replacement, references } of planned) {
          report(binding, replacement, references, imports, names);
        }
        reportUnused(unused);
      },
    };

    function report(
      binding: PeerBinding,
      replacement: Replacement,
      references: ReturnType<typeof referenceTo>[],
      imports: StatuskitImports,
      toImport: string[],
    ): void {
      const resolved = references.every((reference) => reference !== undefined) ? references : undefined;
      const constantText = replacement.constant === undefined ? undefined : resolved?.[0]?.text;
      const functionText = replacement.phrase ? resolved?.at(-1)?.text : undefined;
      const value = constantText ?? replacement.argument ?? "";
      const text = replacement.phrase ? `${functionText ?? phraseFunction}(${value})` : value;
      if (replacement.suggestOnly === true) {
        const needed = resolved?.[0]?.needsImport === true ? [phraseFunction] : [];
        const data = { old: replacement.old, source: binding.source, argument: value };
        context.report({
          node: replacement.node,
          messageId: "replaceIfNumber",
          data,
          suggest:
            resolved === undefined
              ? []
              : [
                  {
                    messageId: "useReasonPhrase",
                    data,
                    fix: (fixer) => {
                      const edit = importEdit(fixer, imports, needed);
                      const change = fixer.replaceText(replacement.node, text);
                      return edit === undefined ? change : [edit, change];
                    },
                  },
                ],
        });
        return;
      }
      context.report({
        node: replacement.node,
        messageId: "replace",
        data: {
          replacement: replacement.phrase
            ? `${phraseFunction}(${replacement.constant ?? "…"})`
            : (replacement.constant ?? ""),
          old: replacement.old,
          source: binding.source,
        },
        fix:
          resolved === undefined
            ? null
            : (fixer) => {
                const edit = resolved.some((reference) => reference?.needsImport === true)
                  ? importEdit(fixer, imports, toImport)
                  : undefined;
                const change = fixer.replaceText(replacement.node, text);
                return edit === undefined ? change : [edit, change];
              },
      });
    }

    function reportUnused(unused: PeerBinding[]): void {
      const byStatement = new Map<PeerBinding["statement"], PeerBinding[]>();
      for (const binding of unused)
        byStatement.set(binding.statement, [...(byStatement.get(binding.statement) ?? []), binding]);
      for (const [statement, statementBindings] of byStatement) {
        const whole = statementBindings.length === bindingCount(statement);
        for (const binding of statementBindings) {
          context.report({
            node: binding.declarator,
            messageId: "unusedImport",
            data: { local: binding.local, source: binding.source },
            fix: (fixer) =>
              whole ? removeStatement(fixer, statement) : removeSpecifier(fixer, sourceCode, binding.declarator),
          });
        }
      }
    }
  },
});

/** The variable a binding declares: by its name, since one destructuring declares several. */
function declaredVariable(binding: PeerBinding, sourceCode: Readonly<TSESLint.SourceCode>) {
  const declaring = binding.declarator.type === "Property" ? binding.declarator.parent?.parent : binding.declarator;
  return sourceCode.getDeclaredVariables(declaring).find((variable) => variable.name === binding.local);
}

/** How many names a statement binds: import specifiers, or the properties of `const { a, b } = require(...)`. */
function bindingCount(statement: PeerBinding["statement"]): number {
  if (statement.type === "ImportDeclaration") return statement.specifiers.length;
  const id = statement.declarations[0]?.id;
  return id?.type === "ObjectPattern" ? id.properties.length : 1;
}

function removeStatement(fixer: TSESLint.RuleFixer, statement: PeerBinding["statement"]): TSESLint.RuleFix {
  const [start, end] = statement.range;
  return fixer.removeRange([start, end + 1]);
}

function removeSpecifier(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  specifier: PeerBinding["declarator"],
): TSESLint.RuleFix {
  const after = sourceCode.getTokenAfter(specifier);
  if (after?.value === ",") {
    const next = sourceCode.getTokenAfter(after);
    const end = next?.value === "{" ? after.range[1] : (next?.range[0] ?? after.range[1]);
    return fixer.removeRange([specifier.range[0], end]);
  }
  const before = sourceCode.getTokenBefore(specifier);
  const start = before?.value === "," ? before.range[0] : specifier.range[0];
  return fixer.removeRange([start, specifier.range[1]]);
}

function constantFor(code: number, choice: NameChoice | undefined): string | undefined {
  const names = constantNames(code);
  return names === undefined ? undefined : chosenNames(names, choice ?? "rfc9110")[0];
}

/** A number literal's value when it is a whole number, else undefined. */
function numberValue(node: TSESTree.Node | undefined): number | undefined {
  return node?.type === "Literal" && typeof node.value === "number" && Number.isInteger(node.value)
    ? node.value
    : undefined;
}

/** What tells a lookup's key is a number: the other packages' code bindings, and statuskit's own names. */
interface LookupKeys {
  bindings: readonly PeerBinding[];
  imports: StatuskitImports;
}

function replacementFor(
  identifier: TSESTree.Node,
  binding: PeerBinding,
  sourceCode: Readonly<TSESLint.SourceCode>,
  choice: NameChoice | undefined,
  keys: LookupKeys,
): Replacement | undefined {
  const member = identifier.parent;
  if (member?.type !== "MemberExpression" || member.object !== identifier) return undefined;
  const old = sourceCode.getText(member);
  const name = propertyName(member);
  switch (binding.kind) {
    case "codes":
    case "phrases": {
      const constant = name === undefined ? undefined : constantForMember(name, choice)?.name;
      return constant === undefined ? undefined : { node: member, old, constant, phrase: binding.kind === "phrases" };
    }
    case "codes-and-phrases": {
      // http-status keys its phrases by code (`httpStatus[404]`, `httpStatus["404"]`,
      // `httpStatus[httpStatus.NOT_FOUND]`, `httpStatus[code]`) and its codes by name (`httpStatus["NOT_FOUND"]`).
      const key = member.property;
      const byName = key.type === "Literal" && typeof key.value === "string" && codeOfText(key.value) === undefined;
      if (member.computed && !byName) return phraseLookup(member, key, old, sourceCode, choice, keys);
      const constant = name === undefined ? undefined : constantForMember(name, choice)?.name;
      return constant === undefined ? undefined : { node: member, old, constant, phrase: false };
    }
    case "phrases-by-code":
      return member.computed ? phraseLookup(member, member.property, old, sourceCode, choice, keys) : undefined;
    case "statuses": {
      const outer = member.parent;
      if (name !== "message" || outer?.type !== "MemberExpression" || outer.object !== member || !outer.computed) {
        return undefined;
      }
      return phraseLookup(outer, outer.property, sourceCode.getText(outer), sourceCode, choice, keys);
    }
  }
}

/** The code a string key names as an object key does: `"404"` is 404; `"0404"`, `" 404"` and `"404.0"` name none. */
function codeOfText(text: string): number | undefined {
  const code = Number(text);
  return Number.isInteger(code) && String(code) === text ? code : undefined;
}

/** The code a lookup's key certainly holds: `404`, `"404"`, or a code member of another package (`STATUS_CODE.NotFound`). */
function codeOfKey(key: TSESTree.Node, choice: NameChoice | undefined, keys: LookupKeys): number | undefined {
  if (key.type === "Literal") {
    if (typeof key.value === "string") return codeOfText(key.value);
    return numberValue(key);
  }
  if (key.type !== "MemberExpression" || key.object.type !== "Identifier") return undefined;
  const objectName = key.object.name;
  const codes = keys.bindings.some(
    (binding) => binding.local === objectName && (binding.kind === "codes" || binding.kind === "codes-and-phrases"),
  );
  const name = propertyName(key);
  return codes && name !== undefined ? constantForMember(name, choice)?.code : undefined;
}

/** Whether a key is one of statuskit's own constants, by its import or namespace: a number for certain. */
function isStatuskitConstant(key: TSESTree.Node, imports: StatuskitImports): boolean {
  const constant = /^HTTP_\d{3}_/;
  if (key.type === "Identifier") {
    for (const [imported, local] of imports.named) if (local === key.name && constant.test(imported)) return true;
    return false;
  }
  if (key.type !== "MemberExpression" || key.object.type !== "Identifier" || key.object.name !== imports.namespace) {
    return false;
  }
  const name = propertyName(key);
  return name !== undefined && constant.test(name);
}

/**
 * A phrase lookup by code, `table[key]`: `reasonPhrase(HTTP_404_NOT_FOUND)`
 * where the key is a known code (`404`, `"404"`, `STATUS_CODE.NotFound`),
 * `reasonPhrase(key)` where it is one of statuskit's constants, and only a
 * suggestion of `reasonPhrase(key)` for a name or member key (`code`,
 * `res.status`), which may be a string that the table reads and
 * `reasonPhrase` does not. Other keys (`"0404"`, templates) are left alone.
 */
function phraseLookup(
  node: TSESTree.MemberExpression,
  key: TSESTree.Node | undefined,
  old: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
  choice: NameChoice | undefined,
  keys: LookupKeys,
): Replacement | undefined {
  if (key === undefined) return undefined;
  const code = codeOfKey(key, choice, keys);
  if (code !== undefined) {
    const constant = constantFor(code, choice);
    return constant === undefined ? undefined : { node, old, constant, phrase: true };
  }
  if (key.type === "Literal") return undefined;
  const argument = sourceCode.getText(key);
  if (isStatuskitConstant(key, keys.imports)) return { node, old, constant: undefined, phrase: true, argument };
  // A name or a member (`code`, `res.status`) may hold a number; a template or a sum is text.
  if (key.type !== "Identifier" && key.type !== "MemberExpression") return undefined;
  return { node, old, constant: undefined, phrase: true, argument, suggestOnly: true };
}
