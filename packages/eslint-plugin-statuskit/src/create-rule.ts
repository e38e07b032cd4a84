import type { TSESLint } from "@typescript-eslint/utils";
import type { Rule } from "eslint";

/** The `meta.docs` fields of the plugin's rules, besides `description` and `url`. */
export interface StatuskitRuleDocs {
  /** Whether `configs.recommended` turns the rule on. */
  recommended: boolean;
}

/**
 * Defines a rule against typescript-eslint's types, so that its listeners get
 * `TSESTree` nodes narrowed by `node.type` and its messages and options are
 * checked, and hands it to ESLint as a plain rule object.
 *
 * @example
 * ```ts
 * const noDebugger = createRule<"remove", []>({
 *   meta: {
 *     type: "problem",
 *     docs: { description: "Disallow debugger statements", recommended: false },
 *     schema: [],
 *     messages: { remove: "Remove this debugger statement." },
 *   },
 *   // `node` is a TSESTree.DebuggerStatement here.
 *   create: (context) => ({ DebuggerStatement: (node) => context.report({ node, messageId: "remove" }) }),
 * });
 * ```
 */
export function createRule<MessageIds extends string, Options extends readonly unknown[]>(
  rule: Omit<TSESLint.RuleModuleWithMetaDocs<MessageIds, Options, StatuskitRuleDocs>, "defaultOptions">,
): Rule.RuleModule {
  // The two sets of types describe the same objects at run time; ESLint's are
  // the plugin's public types, so users need no typescript-eslint packages.
  return rule as unknown as Rule.RuleModule;
}
