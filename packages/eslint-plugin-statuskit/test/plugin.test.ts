import { readFileSync } from "node:fs";
import { join } from "node:path";
import { allStatuses, statusInfo } from "statuskit";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import { eslintFix, eslintReports, packageRoot } from "./lint.js";

describe("the plugin object", () => {
  it("names itself, its version (from package.json) and its namespace", () => {
    const { version } = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")) as { version: string };
    expect(plugin.meta).toEqual({ name: "eslint-plugin-statuskit", version, namespace: "statuskit" });
  });
  it("has a recommended flat config that brings the plugin and turns on no-bare-status-code", () => {
    expect(plugin.configs.recommended.plugins?.statuskit).toBe(plugin);
    expect(plugin.configs.recommended.rules).toEqual({ "statuskit/no-bare-status-code": "error" });
  });
  it("has the two rules", () => {
    expect(Object.keys(plugin.rules).sort()).toEqual(["no-bare-status-code", "prefer-statuskit"]);
  });
});

describe("no-bare-status-code takes its names from statuskit's table", () => {
  it.each(allStatuses().map((info) => ({ code: info.code, constant: info.constant, aliases: info.aliases })))(
    "$code → $constant",
    ({ code, constant, aliases }) => {
      const source = `res.status(${code});`;
      const [report] = eslintReports(source, "file.ts", { "no-bare-status-code": [] });
      if (aliases.length === 0) {
        expect(eslintFix(source, "file.ts", { "no-bare-status-code": [] })).toBe(
          `import { ${constant} } from "statuskit";\nres.status(${constant});`,
        );
      } else {
        expect(report?.suggestions).toBe(1 + aliases.length);
        expect(eslintFix(source, "file.ts", { "no-bare-status-code": [{ names: "drf" }] })).toContain(aliases[0]);
      }
    },
  );

  it("reports every other code from 100 to 599 without a fix", () => {
    for (let code = 100; code <= 599; code++) {
      if (statusInfo(code) !== undefined) continue;
      const [report] = eslintReports(`res.status(${code});`, "file.ts", { "no-bare-status-code": [] });
      expect(report?.message).toContain("statuskit has no constant for it");
      expect(report?.fixable).toBe(false);
    }
  });
});
