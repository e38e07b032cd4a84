import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// Installing statuskit from the registry or a tarball must run nothing, so
// that npm's allowScripts has nothing to ask about: the build runs where the
// source is, never where the package is installed.
const { scripts } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  scripts: Record<string, string>;
};

describe("the package's lifecycle scripts", () => {
  it("declares none of the scripts npm runs when it installs a dependency", () => {
    for (const hook of ["preinstall", "install", "postinstall", "prepare"])
      expect(scripts, hook).not.toHaveProperty(hook);
  });

  it("builds before it is packed, which is also how npm prepares a git install", () => {
    expect(scripts.prepack).toBe("npm run build");
  });

  it("builds after `npm ci` in a clone, through the prepare stage's post hook that npm runs only for the project itself", () => {
    expect(scripts.postprepare).toBe("npm run build");
  });
});
