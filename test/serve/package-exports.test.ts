import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { loadedMachine } from "./client.js";

// statuskit/serve is a Node subpath: its exports map offers it under the
// "node" condition only, so a browser bundle fails to resolve it at build
// time instead of shipping node:http.
const root = fileURLToPath(new URL("../..", import.meta.url));
const project = mkdtempSync(join(tmpdir(), "statuskit-serve-exports-"));
mkdirSync(join(project, "node_modules"));
symlinkSync(root, join(project, "node_modules", "statuskit"), "dir");
afterAll(() => rmSync(project, { recursive: true, force: true }));

async function bundle(source: string, platform: "node" | "browser") {
  const entry = join(project, `entry-${platform}.js`);
  writeFileSync(entry, source);
  return build({ entryPoints: [entry], bundle: true, write: false, format: "esm", platform, logLevel: "silent" });
}

describe("the statuskit/serve export", loadedMachine, () => {
  it("resolves for Node", async () => {
    const result = await bundle(
      'import { startStatusServer } from "statuskit/serve"; console.log(startStatusServer);',
      "node",
    );
    expect(result.outputFiles[0]?.text).toContain("startStatusServer");
  });

  it("does not resolve for a browser", async () => {
    await expect(
      bundle('import { startStatusServer } from "statuskit/serve"; console.log(startStatusServer);', "browser"),
    ).rejects.toThrow(/statuskit\/serve/);
  });

  it("leaves node:http out of a bundle of statuskit alone", async () => {
    const result = await bundle('import * as status from "statuskit"; console.log(status.statusInfo(404));', "browser");
    expect(result.outputFiles[0]?.text).not.toMatch(/node:http|createServer/);
  });
});

describe("what the server can reach", () => {
  it("reads no files and opens no connections of its own: node:http, node:crypto and node:util (parseArgs) are its only runtime imports", () => {
    const directory = new URL("../../src/serve/", import.meta.url);
    const imported = new Set<string>();
    for (const file of readdirSync(directory).filter((name) => name.endsWith(".ts"))) {
      const text = readFileSync(new URL(file, directory), "utf8");
      for (const match of text.matchAll(/^import (?!type )[^;]*? from "(node:[^"]+)";$/gm))
        imported.add(match[1] ?? "");
    }
    expect([...imported].sort()).toEqual(["node:crypto", "node:http", "node:util"]);
  });
});
