import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(fileURLToPath(import.meta.url), "..", "..");

// The files several lines of work change at once, where a merge can leave its markers behind.
const sharedFiles = [".ci/run", "package.json", "scripts/build.ts", "README.md", "BENCHMARKS.md", "interop/run.mjs"];

describe("shared files", () => {
  it.each(sharedFiles)("%s holds no merge-conflict markers", (file) => {
    const lines = readFileSync(join(root, file), "utf8").split("\n");
    const markers = lines.filter((line) => /^(?:<{7}|>{7})(?: |$)|^={7}$/.test(line));
    expect(markers).toEqual([]);
  });

  it("the CI script is valid bash (bash -n)", () => {
    expect(() => execFileSync("bash", ["-n", join(root, ".ci/run")], { stdio: "pipe" })).not.toThrow();
  });
});
