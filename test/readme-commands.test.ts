import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(fileURLToPath(import.meta.url), "..", "..");
const readme = readFileSync(join(root, "README.md"), "utf8");
const { scripts } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
};

const development = readme.slice(readme.indexOf("## Development"), readme.indexOf("## License"));
/** The script each row of the Development table runs: `npm run build` → build, `npm test` → test. */
const tableScripts = [...development.matchAll(/^\| `npm (?:run ([\w:-]+)|(test))\b/gm)].map(
  (match) => (match[1] ?? match[2]) as string,
);

describe("the README's commands", () => {
  it("names only scripts that package.json has", () => {
    const named = [...readme.matchAll(/\bnpm run ([\w:-]+)/g)].map((match) => match[1] as string);
    expect(named.filter((name) => !Object.hasOwn(scripts, name))).toEqual([]);
  });

  it("lists in the Development table every script meant to be run by hand (all but npm's pre and post hooks)", () => {
    const meant = Object.keys(scripts).filter((name) => !/^(?:pre|post)/.test(name));
    const mentioned = new Set([...tableScripts, ...[...development.matchAll(/`npm run ([\w:-]+)/g)].map((m) => m[1])]);
    expect(meant.filter((name) => !mentioned.has(name))).toEqual([]);
  });
});

describe("the README's entry points", () => {
  const { exports } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    exports: Record<string, unknown>;
  };
  const entryPoints = Object.keys(exports)
    .filter((subpath) => subpath !== "./package.json")
    .map((subpath) => (subpath === "." ? "statuskit" : `statuskit/${subpath.slice(2)}`));

  it("the support matrix does not speak of two entry points when there are more", () => {
    expect(entryPoints.length > 2 && readme.includes("both entry points")).toBe(false);
  });
});
