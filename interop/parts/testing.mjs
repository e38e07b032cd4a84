import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, run } from "../lib/exec.mjs";
import { interopDir, makeConsumer } from "../lib/package.mjs";

// statuskit/testing's matchers in each test runner, against a live
// startStatusServer: every test file passes on served statuses and checks
// the message of an assertion that fails (fixtures/testing/). Then the
// TypeScript files are type-checked with each runner's declaration, as
// docs/testing.md gives it.
const modules = path.join(interopDir, "node_modules");
const node24 = path.join(modules, "node-24", "bin", "node");

const runners = [
  {
    // Vitest 5 needs Node.js 22.12 or later: it runs on the Node.js 24 of the runtimes part.
    name: "vitest",
    command: node24,
    args: [
      path.join(modules, "vitest", "vitest.mjs"),
      "run",
      "--reporter=json",
      "--outputFile=vitest-report.json",
      "testing/vitest.test.ts",
      "testing/clients.test.mjs",
    ],
    passed: (_stdout, _stderr, directory) => jsonCounts(readReport(path.join(directory, "vitest-report.json"))),
    // Its own two tests, and one for each client's real response in clients.test.mjs.
    tests: 6,
  },
  {
    name: "jest",
    command: process.execPath,
    args: [
      "--experimental-vm-modules",
      path.join(modules, "jest", "bin", "jest.js"),
      "--json",
      "--rootDir",
      "testing",
      "--testMatch",
      "**/jest.test.mjs",
      "--transform",
      "{}",
    ],
    passed: (stdout) => jsonCounts(stdout),
  },
  {
    name: "bun test",
    command: path.join(modules, ".bin", "bun"),
    args: ["test", "./testing/bun.test.ts"],
    env: { BUN_RUNTIME_TRANSPILER_CACHE_PATH: "0", DO_NOT_TRACK: "1" },
    // bun test prints its summary on stderr: " 2 pass", " 0 fail".
    passed: (_stdout, stderr) => ({
      passed: Number(/^\s*(\d+) pass$/m.exec(stderr)?.[1] ?? -1),
      failed: Number(/^\s*(\d+) fail$/m.exec(stderr)?.[1] ?? -1),
    }),
  },
  {
    name: "playwright test",
    command: process.execPath,
    args: [path.join(modules, "@playwright", "test", "cli.js"), "test", "--config", "testing/playwright.config.mjs"],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: "", CI: "1" },
    passed: (stdout) => ({
      passed: Number(/^\s*(\d+) passed/m.exec(stdout)?.[1] ?? -1),
      failed: Number(/^\s*(\d+) failed/m.exec(stdout)?.[1] ?? 0),
    }),
  },
];

function readReport(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/** The counts of a Jest-style JSON report (Vitest writes the same fields), from the first `{` of the output on. */
function jsonCounts(stdout) {
  try {
    const report = JSON.parse(stdout.slice(stdout.indexOf("{")));
    return { passed: report.numPassedTests, failed: report.numFailedTests };
  } catch {
    return { passed: -1, failed: -1 };
  }
}

/** How many tests a runner's file holds, unless the runner says otherwise. */
const testsPerFile = 2;

// The runners' own types, each file checked on its own so that Bun's globals
// and the DOM's do not meet.
const typeChecks = [
  { name: "vitest", file: "testing/vitest.test.ts", lib: "ES2022,DOM", types: "node" },
  { name: "jest", file: "testing/jest-types.ts", lib: "ES2022,DOM", types: "node" },
  { name: "playwright", file: "testing/playwright.spec.ts", lib: "ES2022,DOM", types: "node" },
  { name: "bun", file: "testing/bun.test.ts", lib: "ES2022", types: "bun" },
];

export async function runTesting({ tmp, tarball, report }) {
  const consumer = await makeConsumer(path.join(tmp, "testing"), tarball, {
    fixtures: [
      "testing/failure.mjs",
      "testing/failure.d.mts",
      "testing/vitest.test.ts",
      "testing/clients.test.mjs",
      "testing/jest.test.mjs",
      "testing/jest-types.ts",
      "testing/bun.test.ts",
      "testing/playwright.spec.ts",
      "testing/playwright.config.mjs",
    ],
    links: [
      "vitest",
      "jest",
      "@jest/globals",
      "expect",
      "@playwright/test",
      "@types/bun",
      "@types/node",
      "axios",
      "supertest",
      "undici",
    ],
  });
  for (const runner of runners) {
    const version = await run(runner.command, ["--version"], { timeout: 30_000 });
    if (version.code !== 0) {
      report.skip(`testing: ${runner.name}`, `its runtime does not run here: ${describe(version)}`);
      continue;
    }
    const result = await run(runner.command, runner.args, {
      cwd: consumer.directory,
      env: runner.env ?? {},
      timeout: 180_000,
    });
    const { passed, failed } = runner.passed(result.stdout, result.stderr, consumer.directory);
    const tests = runner.tests ?? testsPerFile;
    const failures =
      result.code === 0 && passed === tests && failed === 0
        ? []
        : [`expected ${tests} passed and 0 failed, got ${passed} passed and ${failed} failed: ${describe(result)}`];
    report.expect(`testing: the matchers in ${runner.name}, against a live status server`, failures);
  }
  const tsc = path.join(modules, "typescript-5.9", "bin", "tsc");
  for (const check of typeChecks) {
    const result = await run(
      process.execPath,
      [
        tsc,
        "--noEmit",
        "--strict",
        "--target",
        "ES2022",
        "--module",
        "nodenext",
        "--moduleResolution",
        "nodenext",
        "--lib",
        check.lib,
        "--types",
        check.types,
        "--skipLibCheck",
        check.file,
      ],
      { cwd: consumer.directory, timeout: 120_000 },
    );
    report.expect(
      `testing: the ${check.name} declaration types the matchers (TypeScript 5.9)`,
      result.code === 0 ? [] : [`tsc ${describe(result)}`],
    );
  }
}
