import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { statusInfo } from "../../src/index.js";
import { esbuildBundler } from "../esbuild-bundler.js";

// statuskit/errors is a subpath of its own: these bundle the built package,
// as test/bundling.test.ts does, and check that the subpath costs nothing
// until it is used and does not pull in the registry when it is.
const { bundle, directory: project, remove } = esbuildBundler("errors-bundling");
afterAll(remove);

describe("bundling statuskit/errors with esbuild", () => {
  it.each([
    ['import { HTTP_404_NOT_FOUND } from "statuskit"; console.log(HTTP_404_NOT_FOUND);'],
    ['import { reasonPhrase } from "statuskit"; console.log(reasonPhrase(404));'],
    ['import { isClientError } from "statuskit"; console.log(isClientError(404));'],
    ['import { statusInfo } from "statuskit"; console.log(statusInfo(404));'],
  ])("leaves `%s` as it was when statuskit/errors is imported but not used", async (source) => {
    // Whole names, so that the comparison does not depend on which short
    // names the minifier hands out in which order.
    const readable = { minify: false, minifySyntax: true, minifyWhitespace: true };
    const alone = await bundle(source, readable);
    const unused = await bundle(`import { HttpError, problemResponse } from "statuskit/errors";\n${source}`, readable);
    const bare = await bundle(`import "statuskit/errors";\n${source}`, readable);
    expect(unused).toBe(alone);
    expect(bare).toBe(alone);
    expect(alone).not.toContain("problem+json");
  });

  it("bundles an error and its response without the registry's descriptions or constant names", async () => {
    const code = await bundle(
      'import { NotFound, problemResponse } from "statuskit/errors"; console.log(problemResponse(new NotFound()));',
    );
    expect(code).toContain("application/problem+json");
    expect(code).toContain('"Not Found"');
    expect(code).not.toContain(statusInfo(404).description);
    expect(code).not.toContain("HTTP_404_NOT_FOUND");
    expect(code).not.toContain("node:");
  });

  it("bundles for the browser with no Node built-in", async () => {
    const result = await build({
      stdin: {
        contents: 'export * from "statuskit/errors";',
        resolveDir: project,
        loader: "js",
      },
      bundle: true,
      format: "esm",
      platform: "browser",
      write: false,
      logLevel: "silent",
    });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]?.text).not.toMatch(/from\s*"node:|require\("node:/);
  });
});
