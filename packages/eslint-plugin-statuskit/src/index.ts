import type { ESLint, Linter, Rule } from "eslint";
import { noBareStatusCode } from "./rules/no-bare-status-code.js";
import { preferStatuskit } from "./rules/prefer-statuskit.js";
import { version } from "./version.js";

export type { NoBareStatusCodeOptions } from "./rules/no-bare-status-code.js";
export type { PreferStatuskitOptions } from "./rules/prefer-statuskit.js";

const rules: Record<"no-bare-status-code" | "prefer-statuskit", Rule.RuleModule> = {
  "no-bare-status-code": noBareStatusCode,
  "prefer-statuskit": preferStatuskit,
};

interface StatuskitPlugin extends ESLint.Plugin {
  meta: { name: string; version: string; namespace: string };
  configs: { recommended: Linter.Config };
  rules: typeof rules;
}

/**
 * The statuskit plugin for ESLint (flat config) and oxlint's JS plugins: rule
 * `statuskit/no-bare-status-code` replaces bare HTTP status codes with
 * statuskit's constants, and `statuskit/prefer-statuskit` migrates the names
 * of other status packages to statuskit's.
 *
 * @example
 * ```js
 * // eslint.config.js
 * import statuskit from "eslint-plugin-statuskit";
 * export default [statuskit.configs.recommended];
 * ```
 */
const plugin: StatuskitPlugin = {
  meta: { name: "eslint-plugin-statuskit", version, namespace: "statuskit" },
  configs: { recommended: {} },
  rules,
};

plugin.configs.recommended = {
  name: "statuskit/recommended",
  plugins: { statuskit: plugin },
  rules: { "statuskit/no-bare-status-code": "error" },
};

export default plugin;
