import * as chai from "chai";
import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";
import * as statuskit from "../../src/index.js";
import * as serve from "../../src/serve/index.js";
import * as testing from "../../src/testing/index.js";
import { examplesIn, sourceFiles } from "../doc-example-reader.js";

// The examples of statuskit/testing, in its doc comments and in
// docs/testing.md, run here with Vitest's own `expect` and chai, as a user's
// test would run them: `expression; // value` lines are checked as
// test/doc-examples.test.ts checks them, and every `expect` must hold.

function toChecks(code: string): string {
  return code
    .split("\n")
    .filter((line) => !/^import .* from "(statuskit(\/serve|\/testing)?|vitest|chai)";$/.test(line))
    .map((line) => {
      const inline = /^([a-zA-Z][\w.]*);\s*\/\/ (.+)$/.exec(line);
      return inline ? `check(${inline[1]}, ${inline[2]});` : line;
    })
    .join("\n");
}

const examples = [...sourceFiles.filter((file) => file.startsWith("src/testing/")), "docs/testing.md"]
  .flatMap(examplesIn)
  .map((example) => ({ where: `${example.file}:${example.line}`, code: example.code }));

describe("statuskit/testing examples", () => {
  it("finds examples in the doc comments and on the page", () => {
    expect(examples.filter((example) => example.where.startsWith("src/")).length).toBeGreaterThanOrEqual(3);
    expect(examples.filter((example) => example.where.startsWith("docs/")).length).toBeGreaterThanOrEqual(4);
  });

  it.each(examples.map((example) => [example.where, example] as const))("%s", async (_where, example) => {
    const checks: [unknown, unknown][] = [];
    const provided: Record<string, unknown> = { ...statuskit, ...serve, ...testing, expect, chai };
    const names = Object.keys(provided);
    const body = transformSync(`async function example() {\n${toChecks(example.code)}\n}`, { loader: "ts" }).code;
    const run = new Function("check", ...names, `${body}\nreturn example();`);
    await run(
      (actual: unknown, expected: unknown) => checks.push([actual, expected]),
      ...names.map((name) => provided[name]),
    );
    for (const [actual, expected] of checks) expect(actual).toEqual(expected);
  });
});
