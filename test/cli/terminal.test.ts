import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { allStatuses } from "../../src/index.js";
import { unofficialStatuses } from "../../src/unofficial/index.js";
import {
  ansi,
  cliPath,
  hasScript,
  lineWidths,
  processTimeout,
  runCli,
  runCliOnTerminal,
  stripAnsi,
} from "./run-cli.js";

const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
  version: string;
};

describe("colours", () => {
  it("are off through a pipe", () => {
    expect(runCli(["418"]).stdout).not.toMatch(ansi);
  });

  it.each(["1", "true", "3"])("are on through a pipe with FORCE_COLOR=%s", (value) => {
    expect(runCli(["418"], { FORCE_COLOR: value }).stdout).toMatch(ansi);
  });

  it.each(["0", "false"])("are off with FORCE_COLOR=%s", (value) => {
    expect(runCli(["418"], { FORCE_COLOR: value }).stdout).not.toMatch(ansi);
  });

  it("change nothing but the colours", () => {
    const coloured = runCli(["4xx"], { FORCE_COLOR: "1" }).stdout;
    expect(stripAnsi(coloured)).toBe(runCli(["4xx"]).stdout);
  });

  describe.skipIf(!hasScript)("on a terminal (through util-linux script)", () => {
    it("are on", () => {
      expect(runCliOnTerminal(["418"]).stdout).toMatch(ansi);
    });

    it("are off with NO_COLOR=1", () => {
      const { stdout } = runCliOnTerminal(["418"], { NO_COLOR: "1" });
      expect(stdout).toContain("418 I'm a teapot");
      expect(stdout).not.toMatch(ansi);
    });

    it("stay on with an empty NO_COLOR, as no-color.org says", () => {
      expect(runCliOnTerminal(["418"], { NO_COLOR: "" }).stdout).toMatch(ansi);
    });

    it("are off with TERM=dumb", () => {
      expect(runCliOnTerminal(["418"], { TERM: "dumb" }).stdout).not.toMatch(ansi);
    });

    it("fit 80 columns on a wider terminal", () => {
      expect(Math.max(...lineWidths(runCliOnTerminal(["451"]).stdout))).toBeLessThanOrEqual(80);
    });
  });
});

describe("80 columns", () => {
  const codes = [...new Set([...allStatuses(), ...unofficialStatuses()].map((status) => String(status.code)))];

  it.each([
    ["every code", codes],
    ["the whole table", []],
    ["--help", ["--help"]],
    ["a search", ["search", "error"]],
  ])("holds for %s", (_, args) => {
    const { stdout } = runCli(args);
    const widths = lineWidths(stdout);
    expect(Math.max(...widths)).toBeLessThanOrEqual(80);
  });
});

describe("--help and --version", () => {
  it.each([["--help"], ["-h"], ["404", "--help"]])("%s prints usage and examples, exit 0", (...args) => {
    const { stdout, stderr, exitCode } = runCli(args);
    expect(exitCode).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^statuskit: look up HTTP status codes/);
    expect(stdout).toContain("Examples");
    expect(stdout).toContain("statuskit search rate limited");
    expect(stdout).toMatch(
      /Exit status\n {2}0 +everything asked was found.*\n {2}1 +something was not found\n {2}2 +usage error\n {2}3 +internal error/,
    );
  });

  it.each([["--version"], ["-v"]])("%s prints the package's version", (flag) => {
    expect(runCli([flag])).toEqual({ stdout: `${version}\n`, stderr: "", exitCode: 0 });
  });

  it("has the version built in, reading no package.json at run time", () => {
    const directory = mkdtempSync(join(tmpdir(), "statuskit-cli-"));
    try {
      const copy = join(directory, basename(cliPath));
      copyFileSync(cliPath, copy);
      const result = spawnSync(process.execPath, [copy, "--version"], {
        encoding: "utf8",
        cwd: directory,
        timeout: processTimeout,
      });
      expect(result.stdout).toBe(`${version}\n`);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe("the executable", () => {
  it("starts with a node shebang", () => {
    expect(readFileSync(cliPath, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  it("is one self-contained file", () => {
    expect(readFileSync(cliPath, "utf8")).not.toMatch(/^import .* from ["']\.{1,2}\//m);
  });

  it("is what package.json's bin names", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    expect(pkg.bin).toEqual({ statuskit: "./dist/cli.cjs" });
  });

  it("exits quietly when the reader of its output goes away", () => {
    const result = spawnSync("sh", ["-c", `"${process.execPath}" "${cliPath}" < /dev/null | head -1`], {
      encoding: "utf8",
      timeout: processTimeout,
    });
    expect(result.stdout).toBe("1xx Informational\n");
    expect(result.stderr).toBe("");
  });
});
