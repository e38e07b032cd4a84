import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { statusInfo } from "../../src/index.js";
import { runCli, shell, spawnCli, today, version } from "./run-cli.js";

describe("exit status (the real executable)", () => {
  it("is 0 when everything was found, even when the reader stops reading (set -o pipefail)", () => {
    // Standard input from /dev/null, so that the whole table is asked for whatever the test runner's own input is.
    expect(shell("set -o pipefail; $statuskit 404 | true").status).toBe(0);
    const whole = shell("set -o pipefail; $statuskit < /dev/null | head -1");
    expect(whole.status).toBe(0);
    expect(whole.stdout).toBe("1xx Informational\n");
    expect(whole.stderr).toBe("");
  });

  it("is 0, quietly, when the reader goes away before a large output is written (EPIPE)", () => {
    // Far more than a pipe holds, so that writing fails once head has gone.
    const result = shell(`set -o pipefail; $statuskit --json ${"4xx 5xx ".repeat(20)} | head -c 10`);
    expect(result.stdout).toBe("[\n  {\n    ");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("is 1 only when something was not found", () => {
    expect(spawnCli(["404"]).exitCode).toBe(0);
    expect(spawnCli(["299"]).exitCode).toBe(1);
    expect(spawnCli(["search", "xyzzy"]).exitCode).toBe(1);
  });

  it("is 2 for a usage error", () => {
    expect(spawnCli(["--nope"]).exitCode).toBe(2);
  });

  it("is unchanged, and nothing is raised, when stderr is closed", () => {
    const missing = shell("$statuskit nope 2>&-");
    expect(missing.status).toBe(1);
    expect(missing.stdout).toBe("");
    const usage = shell("$statuskit --nope 2>&-");
    expect(usage.status).toBe(2);
    expect(shell("$statuskit 404 2>&- >/dev/null").status).toBe(0);
  });

  it("is unchanged when stdout is closed: Node opens /dev/null in its place before statuskit starts", () => {
    const result = shell("$statuskit 404 >&-");
    expect(result.status).toBe(0);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([["--json 404"], ["404"], ["4xx 5xx"]])(
    "is 4, with one line on stderr, when a write fails on a full disk (statuskit %s > /dev/full)",
    (args) => {
      const result = shell(`$statuskit ${args} > /dev/full`);
      expect(result.status).toBe(4);
      expect(result.stderr).toMatch(/^statuskit: cannot write output: ENOSPC[^\n]*\n$/);
    },
  );

  it("is 4 when the disk fills while standard input is answered", () => {
    const result = shell("yes 404 | head -1000 | $statuskit > /dev/full");
    expect(result.status).toBe(4);
    expect(result.stderr.split("\n")).toHaveLength(2);
  });
});

describe("an internal error", () => {
  // An environment that fails when read stands for any bug inside run().
  const failing = new Proxy(
    {},
    {
      get() {
        throw new Error("broken environment");
      },
    },
  );
  const invocation = (argv: string[]) => ({
    argv,
    env: failing,
    stdoutIsTerminal: false,
    columns: undefined,
    version,
    today,
  });

  it("exits 3 with one line on stderr, never a stack trace", () => {
    expect(run(invocation(["404"]))).toEqual({
      stdout: "",
      stderr: "statuskit: internal error: broken environment\n",
      exitCode: 3,
    });
  });

  it("prints one JSON value with --json", () => {
    const outcome = run(invocation(["--json", "404"]));
    expect(outcome.exitCode).toBe(3);
    expect(JSON.parse(outcome.stdout)).toEqual({ error: { kind: "internal", message: "broken environment" } });
  });
});

describe("--json prints exactly one JSON value, whatever happens", () => {
  const parsed = (args: string[]) => {
    const result = runCli(args);
    return { ...result, value: JSON.parse(result.stdout) };
  };

  it.each([
    [["--json", ""], /an argument is empty/],
    [["--json", "--foo"], /unknown option "--foo"/],
    [["--foo", "--json"], /unknown option "--foo"/],
    [["--json", "search"], /search needs words/],
    [["--json", "completion", "bash"], /--json does not apply/],
  ])("a usage error %j: an error object, exit 2", (args, pattern) => {
    const { value, stderr, exitCode } = parsed(args);
    expect(exitCode).toBe(2);
    expect(value.error.kind).toBe("usage");
    expect(value.error.message).toMatch(pattern);
    expect(stderr).toBe(`statuskit: ${value.error.message}\n`);
  });

  it.each([
    ["--json", "--version"],
    ["-V", "--json"],
  ])("%s %s: the version as an object", (...args) => {
    expect(parsed(args)).toMatchObject({ value: { version }, exitCode: 0, stderr: "" });
  });

  it("--json --help: the help text as an object", () => {
    const { value, exitCode } = parsed(["--json", "--help"]);
    expect(exitCode).toBe(0);
    expect(value).toEqual({ help: runCli(["--help"]).stdout });
  });

  it("a `--json` after `--` is input, not the option", () => {
    expect(runCli(["--", "--json"]).stdout).toBe("");
  });

  it("holds for the real executable", () => {
    expect(JSON.parse(spawnCli(["--json", "--nope"]).stdout).error.kind).toBe("usage");
    expect(JSON.parse(spawnCli(["--json", "-V"]).stdout)).toEqual({ version });
    expect(JSON.parse(spawnCli(["--json", "429"]).stdout)).toEqual(statusInfo(429));
  });
});
