import { readFileSync } from "node:fs";
import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";
import * as statuskit from "../../src/index.js";
import * as serve from "../../src/serve/index.js";
import { examplesIn, markdownPages, sourceFiles } from "../doc-example-reader.js";
import { loadedMachine } from "./client.js";

// The examples that import statuskit/serve, in the doc comments of src/serve
// and in the README and docs/, run here against real servers: `expression; // value`
// lines are checked like test/doc-examples.test.ts does, and a vitest example
// runs its hooks and tests in order.

function toChecks(code: string): string {
  return code
    .split("\n")
    .filter((line) => !/^import .* from "(statuskit(\/serve)?|vitest)";$/.test(line))
    .map((line) => {
      const inline = /^([a-zA-Z].*?);\s*\/\/ (.+)$/.exec(line);
      return inline ? `check(await (${inline[1]}), ${inline[2]});` : line;
    })
    .join("\n");
}

const examples = [...sourceFiles.filter((file) => file.startsWith("src/serve/")), ...markdownPages]
  .flatMap(examplesIn)
  .filter((example) => example.code.includes('from "statuskit/serve"'))
  .map((example) => ({ where: `${example.file}:${example.line}`, code: example.code }));

describe("statuskit/serve examples", loadedMachine, () => {
  it("finds examples in the doc comments and on the serve page", () => {
    expect(examples.filter((example) => example.where.startsWith("src/")).length).toBeGreaterThanOrEqual(2);
    expect(examples.filter((example) => example.where.startsWith("docs/serve.md")).length).toBeGreaterThanOrEqual(1);
  });

  it.each(examples.map((example) => [example.where, example] as const))("%s", async (_where, example) => {
    const checks: [unknown, unknown][] = [];
    const hooks = { before: [] as (() => unknown)[], after: [] as (() => unknown)[] };
    const tests: { name: string; run: () => unknown }[] = [];
    const vitest = {
      beforeAll: (run: () => unknown) => hooks.before.push(run),
      afterAll: (run: () => unknown) => hooks.after.push(run),
      it: (name: string, run: () => unknown) => tests.push({ name, run }),
      test: (name: string, run: () => unknown) => tests.push({ name, run }),
      describe: (_name: string, run: () => unknown) => run(),
      expect,
    };
    const provided: Record<string, unknown> = { ...statuskit, ...serve, ...vitest };
    const names = Object.keys(provided);
    const body = transformSync(`async function example() {\n${toChecks(example.code)}\n}`, { loader: "ts" }).code;
    const run = new Function("check", ...names, `${body}\nreturn example();`);
    await run(
      (actual: unknown, expected: unknown) => checks.push([actual, expected]),
      ...names.map((name) => provided[name]),
    );
    try {
      for (const hook of hooks.before) await hook();
      for (const test of tests) await test.run();
    } finally {
      for (const hook of hooks.after) await hook();
    }
    for (const [actual, expected] of checks) expect(actual).toEqual(expected);
    expect(checks.length + tests.length).toBeGreaterThan(0);
  });
});

describe("the serve page matches the table", () => {
  const page = readFileSync(new URL("../../docs/serve.md", import.meta.url), "utf8");
  const section = page.slice(0, page.indexOf("## Moving from"));

  it("names, for each header it lists, exactly the codes the table gives it", () => {
    const claims = [...section.matchAll(/`([A-Za-z-]+)(?:: [^`]*)?` on (\d{3}(?:(?:, | and )\d{3})*)/g)];
    expect(claims.length).toBeGreaterThanOrEqual(7);
    for (const [, header, codes] of claims) {
      const listed = (codes ?? "").split(/, | and /).map(Number);
      const table = statuskit.allStatuses().filter((status) => status.headers.includes(header ?? ""));
      expect(listed, header).toEqual(table.map((status) => status.code));
    }
  });

  it("lists the final codes without content as the table does", () => {
    const listed = /No body where `content` is false \(([^)]*)\)/.exec(section)?.[1];
    const table = statuskit.allStatuses().filter((status) => status.code >= 200 && !status.content);
    expect(listed).toBe(
      `${table
        .map((status) => status.code)
        .join(", ")
        .replace(/, (\d+)$/, ", $1")}`,
    );
  });

  it("states the limits that serveLimits holds", () => {
    expect(section).toContain(`at most ${serve.serveLimits.maximumSleepMilliseconds} ms`);
    expect(section).toContain(`${serve.serveLimits.maximumDelayedResponses} waiting responses`);
    expect(section).toContain(`${serve.serveLimits.maximumTargetLength} characters of path and query`);
    expect(section).toContain(`one byte every ${serve.serveLimits.dribbleIntervalMilliseconds} ms`);
    expect(section).toContain(`${serve.serveLimits.maximumSequenceKeys} live sequence keys`);
    expect(section).toContain(`${serve.serveLimits.maximumSequenceKeyLength} characters of key`);
    expect(section).toContain(`${serve.serveLimits.sequenceIdleMilliseconds / 1000} s after its last request`);
  });
});
