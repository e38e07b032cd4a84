import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { statusInfo } from "../src/index.js";

// Tree-shaking is a feature: these bundle the built package (dist/, through
// its exports map, as a user's bundler sees it) and look at what comes out.
const root = fileURLToPath(new URL("..", import.meta.url));
const project = mkdtempSync(join(tmpdir(), "statuskit-bundling-"));
mkdirSync(join(project, "node_modules"));
symlinkSync(root, join(project, "node_modules", "statuskit"), "dir");
afterAll(() => rmSync(project, { recursive: true, force: true }));

async function bundle(source: string): Promise<string> {
  const entry = join(project, `entry-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

const description = statusInfo(404).description;

describe("bundling with esbuild", () => {
  it("inlines a named import of a constant as its bare number", async () => {
    const code = await bundle('import { HTTP_404_NOT_FOUND } from "statuskit"; console.log(HTTP_404_NOT_FOUND);');
    expect(code).toBe("console.log(404);\n");
  });

  it("inlines a constant read through `import * as status` as its bare number", async () => {
    const code = await bundle('import * as status from "statuskit"; console.log(status.HTTP_404_NOT_FOUND);');
    expect(code).toBe("console.log(404);\n");
  });

  it("bundles reasonPhrase with the phrases but without descriptions or constant names", async () => {
    const code = await bundle('import { reasonPhrase } from "statuskit"; console.log(reasonPhrase(404));');
    expect(code).toContain('"Not Found"');
    expect(code).not.toContain(description);
    expect(code).not.toContain("HTTP_404_NOT_FOUND");
  });

  it("bundles the class guards without any table", async () => {
    const code = await bundle('import { isClientError } from "statuskit"; console.log(isClientError(404));');
    expect(code).not.toContain("Not Found");
    expect(code.length).toBeLessThan(200);
  });

  it("brings descriptions only with statusInfo", async () => {
    const code = await bundle('import { statusInfo } from "statuskit"; console.log(statusInfo(404));');
    expect(code).toContain(description);
  });
});
