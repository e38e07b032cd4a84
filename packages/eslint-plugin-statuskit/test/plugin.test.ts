import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { allStatuses, statusInfo } from "statuskit";
import { describe, expect, it } from "vitest";
import { repositoryUrl } from "../src/create-rule.js";
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

describe("each rule links its page", () => {
  const manifest = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")) as {
    homepage: string;
    repository: { type: string; url: string; directory: string };
  };
  const repositoryRoot = join(packageRoot, "..", "..");

  it.each(Object.entries(plugin.rules))("%s: meta.docs.url is its docs/rules page in the repository", (name, rule) => {
    const page = join(packageRoot, "docs", "rules", `${name}.md`);
    expect(existsSync(page)).toBe(true);
    const path = relative(repositoryRoot, page).split("\\").join("/");
    expect(rule.meta?.docs?.url).toBe(`${repositoryUrl}/blob/main/${path}`);
  });

  it("names the same repository in package.json, with the plugin's folder in it", () => {
    expect(manifest.repository).toEqual({
      type: "git",
      url: `git+${repositoryUrl}.git`,
      directory: relative(repositoryRoot, packageRoot).split("\\").join("/"),
    });
    expect(manifest.homepage).toBe(`${repositoryUrl}/tree/main/${manifest.repository.directory}#readme`);
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
