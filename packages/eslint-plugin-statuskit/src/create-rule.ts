import type { TSESLint } from "@typescript-eslint/utils";
import type { Rule } from "eslint";

/** The repository the plugin is developed in; package.json's `repository` and `homepage` name the same one. */
export const repositoryUrl = "https://github.com/statuskit/statuskit";

/**
 * The page of a rule: its Markdown file under `docs/rules/` in the
 * repository, on the main branch, which editors open from a report.
 *
 * @example
 * ```ts
 * ruleDocsUrl("no-bare-status-code");
 * // "https://github.com/statuskit/statuskit/blob/main/packages/eslint-plugin-statuskit/docs/rules/no-bare-status-code.md"
 * ```
 */
export function ruleDocsUrl(name: string): string {
  return `${repositoryUrl}/blob/main/packages/eslint-plugin-statuskit/docs/rules/${name}.md`;
}

/** The `meta.docs` fields of the plugin's rules, besides `description` and `url`. */
export interface StatuskitRuleDocs {
  /** Whether `configs.recommended` turns the rule on. */
  recommended: boolean;
}

/** A rule as written: typescript-eslint's rule type, with the rule's name and without `meta.docs.url`, which comes from the name. */
export interface RuleDefinition<MessageIds extends string, Options extends readonly unknown[]>
  extends Omit<TSESLint.RuleModuleWithMetaDocs<MessageIds, Options, StatuskitRuleDocs>, "defaultOptions" | "name"> {
  /** The rule's name without the plugin's namespace: `no-bare-status-code`. */
  name: string;
}

/**
 * Defines a rule against typescript-eslint's types, so that its listeners get
 * `TSESTree` nodes narrowed by `node.type` and its messages and options are
 * checked, sets `meta.docs.url` to the rule's page, and hands the rule to
 * ESLint as a plain rule object.
 *
 * @example
 * ```ts
 * const noDebugger = createRule<"remove", []>({
 *   name: "no-debugger",
 *   meta: {
 *     type: "problem",
 *     docs: { description: "Disallow debugger statements", recommended: false },
 *     schema: [],
 *     messages: { remove: "Remove this debugger statement." },
 *   },
 *   // `node` is a TSESTree.DebuggerStatement here.
 *   create: (context) => ({ DebuggerStatement: (node) => context.report({ node, messageId: "remove" }) }),
 * });
 * noDebugger.meta?.docs?.url; // ruleDocsUrl("no-debugger")
 * ```
 */
export function createRule<MessageIds extends string, Options extends readonly unknown[]>({
  name,
  meta,
  create,
}: RuleDefinition<MessageIds, Options>): Rule.RuleModule {
  const rule: TSESLint.RuleModuleWithMetaDocs<MessageIds, Options, StatuskitRuleDocs> = {
    meta: { ...meta, docs: { ...meta.docs, url: ruleDocsUrl(name) } },
    create,
  };
  // The two sets of types describe the same objects at run time; ESLint's are
  // the plugin's public types, so users need no typescript-eslint packages.
  return rule as unknown as Rule.RuleModule;
}
