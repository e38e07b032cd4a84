import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { markdownPages } from "./doc-example-reader.js";

const root = join(fileURLToPath(import.meta.url), "..", "..");
const read = (file: string) => readFileSync(join(root, file), "utf8");
const readme = read("README.md");
const contributing = read("CONTRIBUTING.md");
const { scripts } = JSON.parse(read("package.json")) as { scripts: Record<string, string> };

const scriptsTable = contributing.slice(
  contributing.indexOf("## The scripts"),
  contributing.indexOf("## Run and test"),
);
/** The script each row of CONTRIBUTING.md's scripts table runs: `npm run build` → build, `npm test` → test. */
const tableScripts = [...scriptsTable.matchAll(/^\| `npm (?:run ([\w:-]+)|(test))\b/gm)].map(
  (match) => (match[1] ?? match[2]) as string,
);

describe("the README", () => {
  it("is short: at most 200 lines", () => {
    expect(readme.split("\n").length - 1).toBeLessThanOrEqual(200);
  });

  it("keeps the two commands from a clone, the second being the test command CI runs", () => {
    expect(readme).toContain("npm ci && npx statuskit 418");
    expect(readme).toContain("npm ci && npm test");
  });
});

describe("the commands the pages name", () => {
  it.each([...markdownPages, "CONTRIBUTING.md"])("%s names only scripts that package.json has", (page) => {
    const named = [...read(page).matchAll(/\bnpm run ([\w:-]+)/g)].map((match) => match[1] as string);
    expect(named.filter((name) => !Object.hasOwn(scripts, name))).toEqual([]);
  });

  it("CONTRIBUTING.md lists every script meant to be run by hand (all but npm's pre and post hooks)", () => {
    const meant = Object.keys(scripts).filter((name) => !/^(?:pre|post)/.test(name));
    const mentioned = new Set([...tableScripts, ...[...scriptsTable.matchAll(/`npm run ([\w:-]+)/g)].map((m) => m[1])]);
    expect(meant.filter((name) => !mentioned.has(name))).toEqual([]);
  });
});

describe("the entry points", () => {
  const { exports } = JSON.parse(read("package.json")) as { exports: Record<string, unknown> };
  const entryPoints = Object.keys(exports)
    .filter((subpath) => subpath !== "./package.json")
    .map((subpath) => (subpath === "." ? "statuskit" : `statuskit/${subpath.slice(2)}`));

  it("the support matrix does not speak of two entry points when there are more", () => {
    expect(entryPoints.length > 2 && contributing.includes("both entry points")).toBe(false);
  });
});
