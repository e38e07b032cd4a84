import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../create-rule.js";
import { frameworkFile } from "../framework-calls.js";
import { fileFactsOf } from "../module-system.js";
import { type TypeInformation, typeInformationOf } from "../status-flows.js";
import { chosenNames, constantNames, type NameChoice } from "../status-names.js";
import { type StatusCall, type StatusPlace, statusPlaces } from "../status-places.js";
import { builtInCallNames, defaultStatusProperties, type ShapeOptions, statusPlace } from "../status-shapes.js";
import { importEdit, readStatuskitImports, referenceTo, type StatuskitImports } from "../statuskit-import.js";

/** The options of `statuskit/no-bare-status-code`. */
export interface NoBareStatusCodeOptions {
  /** For the codes with two names (413, 414, 416, 422): fix to this one instead of suggesting both. */
  names?: NameChoice;
  /** More calls that take a status: `{ name: "isStatus", argument: 1 }` (a function or method name, or a dotted path such as `api.fail`). */
  calls?: StatusCall[];
  /** More property names that hold a status, besides `status` and `statusCode`. */
  properties?: string[];
  /** Built-in call names to stop treating as status calls, e.g. `["code"]`. */
  ignoreCalls?: string[];
  /** Kinds of place to leave alone: `calls`, `properties`, `assignments`, `assertions`, `comparisons`, `cases`. */
  ignore?: StatusPlace[];
}

interface Finding {
  literal: TSESTree.Literal;
  code: number;
  names: readonly string[] | undefined;
}

/** Whether a literal's source text is a plain decimal integer (not `0x194`, `404.0`, `4_04` or `404n`). */
function isPlainInteger(raw: string): boolean {
  if (raw.length !== 3) return false;
  for (const character of raw) if (character < "0" || character > "9") return false;
  return true;
}

/**
 * `statuskit/no-bare-status-code`: reports an integer from 100 to 599 written
 * where an HTTP status goes and fixes it to statuskit's constant, adding the
 * import.
 *
 * @example
 * ```ts
 * res.status(404); // → res.status(HTTP_404_NOT_FOUND), with `import { HTTP_404_NOT_FOUND } from "statuskit"`
 * setTimeout(retry, 500); // not a status: left alone
 * ```
 */
export const noBareStatusCode = createRule<
  "bare" | "bareTwoNames" | "inEnum" | "noConstant" | "useName",
  [NoBareStatusCodeOptions?]
>({
  name: "no-bare-status-code",
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow bare HTTP status codes where statuskit has a named constant",
      recommended: true,
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          names: { type: "string", enum: ["rfc9110", "drf"], description: "Fix the codes with two names to this one." },
          calls: {
            type: "array",
            description: "More calls that take a status, by name and argument index.",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["name", "argument"],
              properties: {
                name: {
                  type: "string",
                  minLength: 1,
                  description: "In `calls`: a function or method name, or a dotted path.",
                },
                argument: {
                  type: "integer",
                  minimum: 0,
                  description: "In `calls`: the index of the argument that holds the status.",
                },
              },
            },
          },
          properties: {
            type: "array",
            description: "More property names that hold a status.",
            items: { type: "string", minLength: 1 },
          },
          ignoreCalls: {
            type: "array",
            description: "Built-in call names to leave alone.",
            items: { type: "string", enum: [...builtInCallNames] },
          },
          ignore: {
            type: "array",
            description: "Kinds of place to leave alone.",
            items: { type: "string", enum: [...statusPlaces] },
          },
        },
      },
    ],
    defaultOptions: [{}],
    messages: {
      bare: "Bare status code {{code}}: use {{name}} from statuskit.",
      bareTwoNames: "Bare status code {{code}}: use {{names}} from statuskit.",
      inEnum:
        "Bare status code {{code}} in an enum: use {{names}} from statuskit. Not fixed automatically: a constant from another module makes the member computed, which a const enum does not allow.",
      noConstant: "Bare status code {{code}}: statuskit has no constant for it; give it a named constant of your own.",
      useName: "Replace {{code}} with {{name}}.",
    },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const { sourceCode } = context;
    const statusProperties = new Set([...defaultStatusProperties, ...(options.properties ?? [])]);
    let typed: TypeInformation | undefined | null = null;
    const shapeOptions: ShapeOptions = {
      statusProperties,
      extraCalls: options.calls ?? [],
      ignoredCalls: new Set(options.ignoreCalls ?? []),
      ignoredPlaces: new Set(options.ignore ?? []),
      file: {
        ...frameworkFile(sourceCode),
        statusProperties,
        typed: () => {
          if (typed === null) typed = typeInformationOf(sourceCode);
          return typed;
        },
      },
    };
    const findings: Finding[] = [];
    let sharedImport: { edit: TSESLint.RuleFix | undefined } | undefined;

    return {
      Literal(node) {
        const { value } = node;
        if (typeof value !== "number" || value < 100 || value > 599 || !isPlainInteger(node.raw ?? "")) return;
        if (statusPlace(node, shapeOptions) === undefined) return;
        const names = constantNames(value);
        findings.push({ literal: node, code: value, names: names && chosenNames(names, options.names) });
      },
      "Program:exit"(node) {
        if (findings.length === 0) return;
        const imports = readStatuskitImports(node, sourceCode, fileFactsOf(context));
        const planned = findings.map((finding) => ({
          finding,
          references: (finding.names ?? []).map((name) => referenceTo(name, finding.literal, sourceCode, imports)),
        }));
        // Every fix brings in all the names the file's fixes need, so that one
        // pass adds the import and the next replaces the remaining literals.
        const toImport = new Set<string>();
        for (const { finding, references } of planned) {
          const reference = references[0];
          const suggested = finding.literal.parent?.type === "TSEnumMember";
          if (references.length === 1 && reference?.needsImport === true && !suggested)
            toImport.add(finding.names?.[0] as string);
        }
        const names = [...toImport].sort();
        for (const { finding, references } of planned) report(finding, references, imports, names);
      },
    };

    /** The replacement text: `[NAME]` for a key (`{ 200: schema }` → `{ [HTTP_200_OK]: schema }`), else the name. */
    function replacementFor(literal: TSESTree.Literal, text: string): string {
      const { parent } = literal;
      return parent?.type === "Property" && parent.key === literal && !parent.computed ? `[${text}]` : text;
    }

    function report(
      finding: Finding,
      references: ReturnType<typeof referenceTo>[],
      imports: StatuskitImports,
      toImport: string[],
    ): void {
      const { literal: node, code, names } = finding;
      if (names === undefined) {
        context.report({ node, messageId: "noConstant", data: { code: String(code) } });
        return;
      }
      // In an enum the fix is a suggestion, whatever the number of names.
      const inEnum = node.parent?.type === "TSEnumMember";
      if (names.length === 1 && !inEnum) {
        const reference = references[0];
        context.report({
          node,
          messageId: "bare",
          data: { code: String(code), name: names[0] as string },
          fix:
            reference === undefined
              ? null
              : (fixer) => {
                  // Every fix adds the same import: it is made once per file, not once per report.
                  if (reference.needsImport) sharedImport ??= { edit: importEdit(fixer, imports, toImport) };
                  const edit = reference.needsImport ? sharedImport?.edit : undefined;
                  const replacement = fixer.replaceText(node, replacementFor(node, reference.text));
                  return edit === undefined ? replacement : [edit, replacement];
                },
        });
        return;
      }
      context.report({
        node,
        messageId: inEnum ? "inEnum" : "bareTwoNames",
        data: { code: String(code), names: names.join(" or ") },
        suggest: names.flatMap((name, index) => {
          const reference = references[index];
          if (reference === undefined) return [];
          return [
            {
              messageId: "useName",
              data: { code: String(code), name },
              fix: (fixer: TSESLint.RuleFixer) => {
                const edit = reference.needsImport ? importEdit(fixer, imports, [name]) : undefined;
                const replacement = fixer.replaceText(node, replacementFor(node, reference.text));
                return edit === undefined ? replacement : [edit, replacement];
              },
            },
          ];
        }),
      });
    }
  },
});
