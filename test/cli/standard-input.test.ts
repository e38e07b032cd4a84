import { describe, expect, it } from "vitest";
import { inputsFromText } from "../../src/cli/standard-input.js";
import { runCli, spawnCli, startsProcesses } from "./run-cli.js";

// What `curl -sIL http://example.org/old` prints after a redirect.
const responseHeads = [
  "HTTP/1.1 301 Moved Permanently",
  "Location: https://example.org/new",
  "Content-Length: 0",
  "",
  "HTTP/2 200",
  "content-type: text/html; charset=UTF-8",
  "x-cache: HIT",
  "",
  "",
].join("\r\n");

describe("what standard input names", () => {
  it("reads one code, name or status line per line", () => {
    expect(inputsFromText("404\nnot found\r\nHTTP/1.1 429 Too Many Requests\n\n  4xx  \n")).toEqual([
      "404",
      "not found",
      "429",
      "4xx",
    ]);
  });

  it("takes each status line's code from an HTTP response head and skips its headers", () => {
    expect(inputsFromText(responseHeads)).toEqual(["301", "200"]);
  });

  it("keeps the code of a status line whose reason phrase is a server's own", () => {
    expect(inputsFromText("HTTP/1.1 200 Okay then\n")).toEqual(["200"]);
  });

  it("keeps a line that only looks like a status line as it is", () => {
    expect(inputsFromText("HTTP/1.1 2000\n")).toEqual(["HTTP/1.1 2000"]);
  });

  it("reads a header-like line outside a response head as input", () => {
    expect(inputsFromText("x: y\n")).toEqual(["x: y"]);
  });
});

describe("standard input", () => {
  it("is read when there are no arguments and it is not a terminal", () => {
    expect(runCli([], {}, { stdin: "404\n" })).toEqual(runCli(["404"]));
  });

  it("explains the status lines of `curl -sI`", () => {
    expect(runCli([], {}, { stdin: responseHeads }).stdout).toBe(runCli(["301", "200"]).stdout);
  });

  it("answers each line on its own, never joining lines into a phrase", () => {
    const { stdout, stderr, exitCode } = runCli([], {}, { stdin: "not\nfound\n" });
    expect(exitCode).toBe(1);
    expect(stdout).toBe(runCli(["302"]).stdout);
    expect(stderr).toMatch(/^statuskit: no status code or name matches "not"/);
  });

  it("is read in the place of `-`, among other arguments", () => {
    expect(runCli(["200", "-", "503"], {}, { stdin: "404\n" }).stdout).toBe(runCli(["200", "404", "503"]).stdout);
  });

  it("gives the whole table when empty", () => {
    expect(runCli([], {}, { stdin: "" })).toEqual(runCli([]));
  });

  it("prints one JSON value for its lines", () => {
    const { stdout } = runCli(["--json"], {}, { stdin: "404\n410\n" });
    expect(JSON.parse(stdout).map((entry: { code: number }) => entry.code)).toEqual([404, 410]);
  });

  it(
    "is read by the real executable: `echo 404 | statuskit`, `curl -sI ... | statuskit`, `statuskit -`",
    startsProcesses,
    () => {
      expect(spawnCli([], {}, "404\n").stdout).toBe(runCli(["404"]).stdout);
      expect(spawnCli([], {}, responseHeads).stdout).toBe(runCli(["301", "200"]).stdout);
      expect(spawnCli(["-"], {}, "gone\n").stdout).toBe(runCli(["410"]).stdout);
      const missing = spawnCli([], {}, "nope\n");
      expect(missing.exitCode).toBe(1);
    },
  );
});

describe("standard input past 1 MiB", startsProcesses, () => {
  // An endless producer (`yes 404 | statuskit`) must get an answer, not fill memory.
  const tooLong = "404\n".repeat(256 * 1024 + 1);

  it("is a usage error, told on stderr, with nothing on stdout", () => {
    const result = spawnCli([], {}, tooLong);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("standard input is longer than 1 MiB");
  });

  it("is the one JSON error value with --json", () => {
    const result = spawnCli(["--json"], {}, tooLong);
    expect(result.exitCode).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual({
      error: { kind: "usage", message: "standard input is longer than 1 MiB; statuskit reads at most that much" },
    });
  });

  it("is read whole up to the bound", () => {
    const result = spawnCli(["--json"], {}, `${"\n".repeat(1024 * 1024 - 4)}404\n`);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).code).toBe(404);
  });
});
