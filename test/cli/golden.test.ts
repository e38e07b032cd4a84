import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

// Human output, byte for byte. To accept an intended change, see
// test/cli/golden/README.md (`npx vitest run test/cli/golden.test.ts --update`).
describe("golden files of the human output", () => {
  it.each([
    ["418", "418.txt"],
    ["4xx", "4xx.txt"],
    ["522", "522.txt"],
    ["451", "451.txt"],
  ])("prints `statuskit %s` as in golden/%s", async (argument, file) => {
    const result = runCli([argument]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe("");
    await expect(result.stdout).toMatchFileSnapshot(`golden/${file}`);
  });

  it("prints an unknown name's error as in golden/error-not-fuond.txt", async () => {
    const result = runCli(["not fuond"]);
    await expect(
      `exit code: ${result.exitCode}\nstdout: ${JSON.stringify(result.stdout)}\nstderr:\n${result.stderr}`,
    ).toMatchFileSnapshot("golden/error-not-fuond.txt");
  });
});
