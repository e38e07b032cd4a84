import { fileURLToPath } from "node:url";
import { transform } from "esbuild";
import { rollup } from "rollup";
import { afterAll, describe, expect, it } from "vitest";
import { statusInfo } from "../src/index.js";
import { esbuildBundler } from "./esbuild-bundler.js";

// Tree-shaking is a feature: these bundle the built package (dist/, through
// its exports map, as a user's bundler sees it) and look at what comes out.
const { bundle, remove } = esbuildBundler("bundling");
afterAll(remove);

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

  it("bundles parseRetryAfter and retryDecision without phrases, descriptions or the whole code list", async () => {
    for (const name of ["parseRetryAfter", "retryDecision"]) {
      const code = await bundle(`import { ${name} } from "statuskit"; console.log(${name});`);
      expect(code, name).toContain("Wednesday");
      expect(code, name).not.toContain("Not Found");
      expect(code, name).not.toContain(description);
      expect(code, name).not.toContain("HTTP_");
      expect(code, name).not.toContain("226");
    }
  });

  it("brings descriptions only with statusInfo", async () => {
    const code = await bundle('import { statusInfo } from "statuskit"; console.log(statusInfo(404));');
    expect(code).toContain(description);
  });
});

describe("bundling with Rollup", () => {
  const main = fileURLToPath(new URL("../dist/index.js", import.meta.url));

  /** Bundles `source` with Rollup, "statuskit" read from the built ES module, then minifies it with esbuild (as a minifier run after Rollup would). */
  async function rollupBundle(source: string): Promise<string> {
    const bundle = await rollup({
      input: "entry",
      logLevel: "silent",
      plugins: [
        {
          name: "entry",
          resolveId: (id) => (id === "entry" ? id : id === "statuskit" ? main : null),
          load: (id) => (id === "entry" ? source : null),
        },
      ],
    });
    const { output } = await bundle.generate({ format: "es" });
    await bundle.close();
    return (await transform(output[0].code, { minify: true, treeShaking: true, format: "esm" })).code;
  }

  it.each([
    ['import { HTTP_404_NOT_FOUND } from "statuskit"; console.log(HTTP_404_NOT_FOUND);'],
    ['import * as status from "statuskit"; console.log(status.HTTP_404_NOT_FOUND);'],
  ])("inlines the constant in `%s` as its bare number", async (source) => {
    expect(await rollupBundle(source)).toBe("console.log(404);\n");
  });
});
