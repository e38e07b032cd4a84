import { execFileSync } from "node:child_process";
import { cpSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, packageRoot, scratchFolder } from "./lint.js";

// The sample app (Express, Hono, Elysia, a Next.js-style route handler and a
// fetch client, with its own node:test tests) is copied to a scratch folder, linted
// with `eslint --fix` through the real CLI and its flat config, then
// type-checked and tested again.
const require = createRequire(import.meta.url);
const eslintBin = join(dirname(require.resolve("eslint/package.json")), "bin", "eslint.js");
const tscBin = join(dirname(require.resolve("typescript/package.json")), "bin", "tsc");
const sourceFiles = [
  "src/express-app.ts",
  "src/hono-app.ts",
  "src/elysia-app.ts",
  "src/next-route.ts",
  "src/client.ts",
  "test/app.spec.ts",
];

const scratch = scratchFolder();
const app = join(scratch.path, "sample-app");
const original = new Map<string, string>();

function run(command: string, args: string[]): { status: number; output: string } {
  try {
    return { status: 0, output: execFileSync(command, args, { cwd: app, encoding: "utf8", stdio: "pipe" }) };
  } catch (error) {
    const failure = error as { status: number; stdout: string; stderr: string };
    return { status: failure.status, output: `${failure.stdout}${failure.stderr}` };
  }
}

const appTests = () => run(process.execPath, ["--import", "tsx", "--test", "test/app.spec.ts"]);
const typeCheck = () => run(process.execPath, [tscBin, "-p", "."]);

beforeAll(() => {
  assertBuilt();
  cpSync(join(packageRoot, "test", "fixtures", "sample-app"), app, { recursive: true });
  for (const file of sourceFiles) original.set(file, readFileSync(join(app, file), "utf8"));
});
afterAll(() => scratch.remove());

describe("a sample app linted with eslint --fix", () => {
  it("type-checks and passes its own tests before the fix", () => {
    expect(typeCheck()).toEqual({ status: 0, output: "" });
    const tests = appTests();
    expect(tests.status, tests.output).toBe(0);
  });

  it("eslint --fix leaves no bare status code behind", () => {
    const before = run(process.execPath, [eslintBin, "--format", "json", "."]);
    const reports = (JSON.parse(before.output) as { messages: unknown[] }[]).flatMap((file) => file.messages);
    expect(reports.length).toBeGreaterThanOrEqual(40);
    const fix = run(process.execPath, [eslintBin, "--fix", "."]);
    expect(fix, fix.output).toEqual({ status: 0, output: "" });
  });

  it("rewrote every file, adding one statuskit import each", () => {
    for (const file of sourceFiles) {
      const fixed = readFileSync(join(app, file), "utf8");
      expect(fixed).not.toBe(original.get(file));
      expect(fixed.match(/from "statuskit";/g)).toHaveLength(1);
    }
    const express = readFileSync(join(app, "src/express-app.ts"), "utf8");
    expect(express).toContain("response.status(HTTP_404_NOT_FOUND)");
    expect(express).toContain('response.redirect(HTTP_301_MOVED_PERMANENTLY, "/todos/1")');
    expect(express).toContain("title.length > 200"); // a length, left alone
    const hono = readFileSync(join(app, "src/hono-app.ts"), "utf8");
    expect(hono).toContain('c.json({ error: "bad input" }, HTTP_422_UNPROCESSABLE_CONTENT)');
    expect(hono).toContain("uptimeLimit: 300");
    const elysia = readFileSync(join(app, "src/elysia-app.ts"), "utf8");
    expect(elysia).toContain('return status(HTTP_404_NOT_FOUND, { error: "missing"');
    expect(elysia).toContain("set.status = HTTP_201_CREATED;");
    expect(elysia).toContain("response: { [HTTP_201_CREATED]: t.Object({ title: t.String() }) }");
    expect(elysia).toContain('redirect("http://localhost/todos/1", HTTP_301_MOVED_PERMANENTLY)');
    expect(elysia).toContain("status = HTTP_404_NOT_FOUND;"); // a field of an error class
    expect(elysia).toContain("error.status : HTTP_500_INTERNAL_SERVER_ERROR"); // returned from statusFor
    expect(elysia).toContain(
      "{ statusCodes: [HTTP_429_TOO_MANY_REQUESTS, HTTP_503_SERVICE_UNAVAILABLE], timeout: 500 }",
    );
    expect(elysia).toContain("todos.set(todos.size + 1, body)"); // not a status, left alone
    const route = readFileSync(join(app, "src/next-route.ts"), "utf8");
    expect(route).toContain("status: existed ? HTTP_204_NO_CONTENT : HTTP_201_CREATED");
    const client = readFileSync(join(app, "src/client.ts"), "utf8");
    expect(client).toContain("response.status >= 500"); // a class test, left alone
  });

  it("still type-checks and passes its own tests after the fix", () => {
    expect(typeCheck()).toEqual({ status: 0, output: "" });
    const tests = appTests();
    expect(tests.status, tests.output).toBe(0);
    expect(tests.output).toMatch(/# pass 5/);
  });
});
