import { describe, expect, it } from "vitest";
import { inputsFromText, runCli, spawnCli } from "./run-cli.js";

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
      "HTTP/1.1 429 Too Many Requests",
      "4xx",
    ]);
  });

  it("takes each status line from an HTTP response head and skips its headers", () => {
    expect(inputsFromText(responseHeads)).toEqual(["HTTP/1.1 301 Moved Permanently", "HTTP/2 200"]);
  });

  it("keeps a status line whose reason phrase is a server's own whole, for its phrase to be shown", () => {
    expect(inputsFromText("HTTP/1.1 200 Okay then\n")).toEqual(["HTTP/1.1 200 Okay then"]);
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

  it("is read by the real executable: `echo 404 | statuskit`, `curl -sI ... | statuskit`, `statuskit -`", () => {
    expect(spawnCli([], {}, "404\n").stdout).toBe(runCli(["404"]).stdout);
    expect(spawnCli([], {}, responseHeads).stdout).toBe(runCli(["301", "200"]).stdout);
    expect(spawnCli(["-"], {}, "gone\n").stdout).toBe(runCli(["410"]).stdout);
    const missing = spawnCli([], {}, "nope\n");
    expect(missing.exitCode).toBe(1);
  });
});

describe("a line of standard input past 1 MiB", () => {
  const tooLong = `${"4".repeat(1024 * 1024 + 1)}\n`;

  it("is a usage error for that line, and the lines after it are answered", () => {
    const result = spawnCli([], {}, `404\n${tooLong}410\n`);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe(runCli(["404", "410"]).stdout);
    expect(result.stderr).toBe(
      "statuskit: a line of standard input is longer than 1048576 bytes, the most statuskit reads in one line\n",
    );
  });

  it("keeps --json to one value", () => {
    const result = spawnCli(["--json"], {}, `${tooLong}404\n`);
    expect(result.exitCode).toBe(2);
    expect(JSON.parse(result.stdout).map((entry: { code: number }) => entry.code)).toEqual([404]);
  });

  it("reads a line up to the bound, and any number of lines", () => {
    // Over 2 MiB in all: a response head with a long run of header lines, which are skipped.
    const head = `HTTP/1.1 410 Gone\n${"x-padding: 0123456789\n".repeat(100_000)}`;
    const result = spawnCli(["--json"], {}, `${" ".repeat(1024 * 1024 - 4)}404\n${head}`);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).map((entry: { code: number }) => entry.code)).toEqual([404, 410]);
  });

  it("is read the same way in the process, a line over the bound counted in UTF-8 bytes", () => {
    const result = runCli([], {}, { stdin: `${"é".repeat(512 * 1024 + 1)}\n404\n` });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe(runCli(["404"]).stdout);
  });
});

describe("unmatched lines of standard input", () => {
  it("get suggestions for the first ten only, then a count", () => {
    const { stderr, exitCode } = runCli([], {}, { stdin: "not fuond\n".repeat(12) });
    expect(exitCode).toBe(1);
    const lines = stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(13);
    expect(lines.slice(0, 10).every((line) => line.endsWith("did you mean 404 Not Found?"))).toBe(true);
    expect(lines.slice(10, 12)).toEqual(Array(2).fill('statuskit: no status code or name matches "not fuond"'));
    expect(lines[12]).toBe("statuskit: 12 lines of standard input named nothing; the first 10 got suggestions");
  });
});
