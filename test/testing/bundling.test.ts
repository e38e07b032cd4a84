import { afterAll, describe, expect, it } from "vitest";
import { statusInfo } from "../../src/index.js";
import { esbuildBundler } from "../esbuild-bundler.js";

// statuskit/testing runs in browsers, Bun and Deno as well as Node: its
// bundle must need no Node built-in, and must cost nothing until it is used.
const { bundle, remove } = esbuildBundler("testing-bundling");
afterAll(remove);

describe("bundling statuskit/testing with esbuild", () => {
  it("leaves a bundle as it was when statuskit/testing is imported but not used", async () => {
    const source = 'import { reasonPhrase } from "statuskit"; console.log(reasonPhrase(404));';
    const readable = { minify: false, minifySyntax: true, minifyWhitespace: true };
    const alone = await bundle(source, readable);
    expect(await bundle(`import { matchers, statuskitChai } from "statuskit/testing";\n${source}`, readable)).toBe(
      alone,
    );
    expect(await bundle(`import "statuskit/testing";\n${source}`, readable)).toBe(alone);
  });

  it("bundles the matchers for the browser with no Node built-in, no descriptions and no constant names", async () => {
    const code = await bundle('import { matchers } from "statuskit/testing"; console.log(matchers);', {
      platform: "browser",
    });
    expect(code).toContain('"Unprocessable Content"');
    expect(code).toContain("WWW-Authenticate");
    expect(code).not.toMatch(/from\s*"node:|require\("node:/);
    expect(code).not.toContain(statusInfo(404).description);
    expect(code).not.toContain("HTTP_404_NOT_FOUND");
  });
});
