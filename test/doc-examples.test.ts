import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as statuskit from "../src/index.js";
import * as unofficial from "../src/unofficial/index.js";

// Every ```ts example in the sources' doc comments runs here. A line
// `expression; // value` (or an expression followed by a line `// value`)
// asserts that the expression equals the value; imports from "statuskit" are
// provided. So the examples people read on hover cannot go stale.

interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

function examplesIn(file: string): Example[] {
  const text = readFileSync(new URL(`../src/${file}`, import.meta.url), "utf8");
  const examples: Example[] = [];
  const pattern = /```ts\n([\s\S]*?)```/g;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const code = (match[1] ?? "")
      .split("\n")
      .map((line) => line.replace(/^\s*\* ?/, ""))
      .join("\n");
    examples.push({ file, line: text.slice(0, match.index).split("\n").length, code });
  }
  return examples;
}

function toChecks(code: string): string {
  const lines = code
    .split("\n")
    .filter((line) => line.trim() !== "" && !/^import .* from "statuskit(\/unofficial)?";$/.test(line));
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const inline = /^(.*?);\s*\/\/ (.+)$/.exec(line);
    const next = /^\s*\/\/ (.+)$/.exec(lines[i + 1] ?? "");
    if (inline) out.push(`check(${inline[1]}, ${inline[2]});`);
    else if (next && line.trim().endsWith(";")) {
      out.push(`check(${line.trim().slice(0, -1)}, ${next[1]});`);
      i++;
    } else out.push(line);
  }
  return out.join("\n");
}

const sourceFiles = readdirSync(new URL("../src/", import.meta.url), { recursive: true, encoding: "utf8" }).filter(
  (file) => file.endsWith(".ts") && !file.startsWith("cli"),
);
const examples = sourceFiles.flatMap(examplesIn);

describe("doc comment examples", () => {
  it("finds examples to run", () => {
    expect(examples.length).toBeGreaterThan(20);
  });

  it.each(examples.map((example) => [`${example.file}:${example.line}`, example] as const))("%s", (_where, example) => {
    const checks: [unknown, unknown][] = [];
    const check = (actual: unknown, expected: unknown) => checks.push([actual, expected]);
    const exports: Record<string, unknown> = { ...statuskit, ...unofficial };
    const names = Object.keys(exports);
    const run = new Function("check", ...names, toChecks(example.code));
    run(check, ...names.map((name) => exports[name]));
    for (const [actual, expected] of checks) expect(actual).toEqual(expected);
  });
});
