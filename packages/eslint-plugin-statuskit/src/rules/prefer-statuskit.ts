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
export const preferStatuskit = createRule<"replace" | "unusedImport", [PreferStatuskitOptions?]>({
  name: "prefer-statuskit",
  meta: {
    type: "suggestion",
    docs: {
      description:
        "Prefer statuskit's constants to http-status-codes, NestJS HttpStatus, Angular HttpStatusCode, http-status, Deno STATUS_CODE and statuses",
      recommended: false,
    },
    fixable: "code",
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
        const found: { binding: PeerBinding; replacement: Replacement }[] = [];
        const unused: PeerBinding[] = [];
        for (const binding of bindings) {
          const variable = declaredVariable(binding, sourceCode);
          if (variable === undefined) continue;
          // A `const { x } = require(...)` binding's own initialisation is a reference too.
          const uses = variable.references.filter((reference) => !reference.init);
          if (uses.length === 0) unused.push(binding);
          for (const reference of uses) {
            const replacement = replacementFor(reference.identifier, binding, sourceCode, options.names);
            if (replacement !== undefined) found.push({ binding, replacement });
          }
        }

        const planned = found.map(({ binding, replacement }) => {
          const names = [replacement.constant, replacement.phrase ? phraseFunction : undefined].filter(
            (name): name is string => name !== undefined,
          );
          const references = names.map((name) => referenceTo(name, replacement.node, sourceCode, imports));
          return { binding, replacement, names, references };
        });
        const toImport = new Set<string>();
        for (const { names, references } of planned) {
          if (references.some((reference) => reference === undefined)) continue;
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

function replacementFor(
  identifier: TSESTree.Node,
  binding: PeerBinding,
  sourceCode: Readonly<TSESLint.SourceCode>,
  choice: NameChoice | undefined,
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
      const code = member.computed ? numberValue(member.property) : undefined;
      if (code !== undefined) {
        const constant = constantFor(code, choice);
        return constant === undefined ? undefined : { node: member, old, constant, phrase: true };
      }
      const constant = name === undefined ? undefined : constantForMember(name, choice)?.name;
      return constant === undefined ? undefined : { node: member, old, constant, phrase: false };
    }
    case "phrases-by-code":
      return member.computed ? phraseLookup(member, member.property, old, sourceCode, choice) : undefined;
    case "statuses": {
      const outer = member.parent;
      if (name !== "message" || outer?.type !== "MemberExpression" || outer.object !== member || !outer.computed) {
        return undefined;
      }
      return phraseLookup(outer, outer.property, sourceCode.getText(outer), sourceCode, choice);
    }
  }
}

/** `reasonPhrase(HTTP_404_NOT_FOUND)` for `table[404]` or `table[STATUS_CODE.NotFound]`; `reasonPhrase(code)` for `table[code]`. */
function phraseLookup(
  node: TSESTree.MemberExpression,
  key: TSESTree.Node | undefined,
  old: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
  choice: NameChoice | undefined,
): Replacement | undefined {
  if (key === undefined) return undefined;
  const code = numberValue(key);
  if (code !== undefined) {
    const constant = constantFor(code, choice);
    return constant === undefined ? undefined : { node, old, constant, phrase: true };
  }
  if (key.type === "Literal") return undefined;
  const keyName = key.type === "MemberExpression" ? propertyName(key) : undefined;
  const keyObject = key.type === "MemberExpression" ? sourceCode.getText(key.object) : undefined;
  if (keyName !== undefined && keyObject === "STATUS_CODE") {
    const constant = constantForMember(keyName, choice)?.name;
    if (constant !== undefined) return { node, old, constant, phrase: true };
  }
  return { node, old, constant: undefined, phrase: true, argument: sourceCode.getText(key) };
}
