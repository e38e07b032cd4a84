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

  it("brings descriptions only with statusInfo", async () => {
    const code = await bundle('import { statusInfo } from "statuskit"; console.log(statusInfo(404));');
    expect(code).toContain(description);
  });
});
