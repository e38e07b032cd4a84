import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";
import * as editDistance from "../src/cli/edit-distance.js";
import * as search from "../src/cli/search.js";
import * as standardInput from "../src/cli/standard-input.js";
import * as errors from "../src/errors/index.js";
import * as statuskit from "../src/index.js";
import * as unofficial from "../src/unofficial/index.js";
import { examplesIn, markdownPages, sourceFiles } from "./doc-example-reader.js";

// Every ```ts example in the sources' doc comments, the README and docs/ runs
// here. A top-level line `expression; // value` (or an expression followed by
// a line `// value`) asserts that the expression equals the value; after the
// value, a colon or a parenthesis may start a remark. Imports from
// "statuskit", "statuskit/unofficial" and "statuskit/errors" are provided,
// and `await` may be used. So the examples people read on hover and on the
// front page cannot go stale.

/** The value a `// value: remark` comment asserts: a quoted string, a list, an object, or everything before a remark. */
function assertedValue(comment: string): string {
  const value = /^("(?:[^"\\]|\\.)*"|\[[^\]]*\]|\{.*\}|[^:(]+?)\s*(?:[:(].*)?$/.exec(comment.trim())?.[1] ?? comment;
  new Function(`return (${value});`); // a comment that is not a value is a broken example: fail here
  return value;
}

function toChecks(code: string): string {
  const lines = code
    .split("\n")
    .filter((line) => line.trim() !== "" && !/^import .* from "statuskit(\/unofficial|\/errors)?";$/.test(line));
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const topLevel = !/^(?:\s|}|if\b|return\b|const\b|let\b|function\b|\/\/)/.test(line);
    const inline = /^(.*?);\s*\/\/ (.+)$/.exec(line);
    const next = /^\/\/ (.+)$/.exec(lines[i + 1] ?? "");
    if (topLevel && inline) out.push(`check(${inline[1]}, ${assertedValue(inline[2] ?? "")});`);
    else if (topLevel && next && line.endsWith(";")) {
      out.push(`check(${line.slice(0, -1)}, ${assertedValue(next[1] ?? "")});`);
      i++;
    } else out.push(line);
  }
  return out.join("\n");
}

// Examples of statuskit/serve start servers and await them: test/serve/doc-examples.test.ts runs those.
const examples = [...sourceFiles, ...markdownPages]
  .flatMap(examplesIn)
  .filter((example) => !example.code.includes('from "statuskit/serve"'));

describe("doc comment examples", () => {
  it("finds examples to run, in the sources, the README and every page of docs/", () => {
    expect(examples.length).toBeGreaterThan(20);
    expect(examples.filter((example) => example.file === "README.md").length).toBeGreaterThan(4);
    for (const page of ["docs/api.md", "docs/errors.md"]) {
      expect(examples.filter((example) => example.file === page).length, page).toBeGreaterThan(2);
    }
  });

  it.each(examples.map((example) => [`${example.file}:${example.line}`, example] as const))("%s", (_where, example) => {
    const checks: [unknown, unknown][] = [];
    const check = (actual: unknown, expected: unknown) => checks.push([actual, expected]);
    // The CLI's internal helpers too, for the examples in src/cli.
    const exports: Record<string, unknown> = {
      ...statuskit,
      ...unofficial,
      ...errors,
      ...editDistance,
      ...search,
      ...standardInput,
      // What `import * as status from "statuskit"` binds.
      status: statuskit,
    };
    const names = Object.keys(exports);
    // Wrapped in a function so that a top-level `return` (the seed example) is valid; TypeScript is stripped.
    const body = transformSync(`async function example() {\n${toChecks(example.code)}\n}`, { loader: "ts" }).code;
    const run = new Function("check", ...names, `${body}\nreturn example();`);
    return run(check, ...names.map((name) => exports[name])).then(() => {
      for (const [actual, expected] of checks) expect(actual).toEqual(expected);
    });
  });
});
