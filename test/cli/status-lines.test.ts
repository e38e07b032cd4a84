import { describe, expect, it } from "vitest";
import { statuses } from "../../data/statuses.js";
import { statusInfo } from "../../src/index.js";
import { runCli, spawnCli } from "./run-cli.js";

describe("a status line, in the arguments or on standard input", () => {
  it.each([
    [["HTTP/1.1 200 Connection established"], 200, "Connection established"],
    [["HTTP/1.1", "200", "Connection", "established"], 200, "Connection established"],
    [["HTTP/1.1 404 File Not Found"], 404, "File Not Found"],
    [["HTTP/1.0 302 Moved Temporarily"], 302, "Moved Temporarily"],
    [["HTTP/1.1 499 Whatever nginx said"], 499, "Whatever nginx said"],
  ])("%j is %i, and shows the phrase it was sent with", (args, code, sent) => {
    const { stdout, stderr, exitCode } = runCli(args);
    expect([exitCode, stderr]).toEqual([0, ""]);
    const [first] = stdout.split("\n");
    expect(first).toMatch(new RegExp(`^${code} .* \\(sent as "${sent}"\\)$`));
    const rest = (text: string) => text.slice(text.indexOf("\n"));
    expect(rest(stdout)).toBe(rest(runCli([String(code)]).stdout));
    expect(first).toBe(`${runCli([String(code)]).stdout.split("\n")[0]} (sent as "${sent}")`);
  });

  it("reads the same on standard input as in the arguments", () => {
    const line = "HTTP/1.1 200 Connection established";
    expect(runCli([], {}, { stdin: `${line}\r\n\r\n` })).toEqual(runCli([line]));
    expect(spawnCli([], {}, `${line}\r\n`).stdout).toBe(runCli([line]).stdout);
  });

  it("shows no phrase beside the standard one when the line carries that one, in any case, or none", () => {
    for (const line of ["HTTP/1.1 404 Not Found", "HTTP/1.1 404 NOT FOUND", "HTTP/2 404", "HTTP/1.1 404"]) {
      expect(runCli([line]).stdout, line).toBe(runCli(["404"]).stdout);
    }
  });

  it("says why a status line with a code nothing has names nothing", () => {
    const { stderr, exitCode } = runCli(["HTTP/1.1 299 Fine"]);
    expect(exitCode).toBe(1);
    expect(stderr).toBe("statuskit: 299 is in the 2xx Success class, but no status is registered as 299\n");
  });

  it("prints statusInfo in JSON, whatever the phrase", () => {
    expect(JSON.parse(runCli(["--json", "HTTP/1.1 200 Connection established"]).stdout)).toEqual(statusInfo(200));
  });
});

describe("one answer per thing asked", () => {
  const registered = statuses.map((row) => [row.code, row.phrase] as const);

  it.each(registered)("%i %s, as separate words, is one answer in text and in JSON", (code, phrase) => {
    const words = [String(code), ...phrase.split(" ")];
    expect(runCli(words)).toEqual(runCli([String(code)]));
    expect(runCli(["--json", ...words])).toEqual(runCli(["--json", String(code)]));
    expect(runCli([`${code} ${phrase}`])).toEqual(runCli([String(code)]));
  });

  it("answers each code when each argument names one, repeats too", () => {
    const twice = runCli(["200", "200"]).stdout;
    expect(twice).toBe(`${runCli(["200"]).stdout}\n${runCli(["200"]).stdout}`);
    expect(JSON.parse(runCli(["--json", "200", "404"]).stdout).map((entry: { code: number }) => entry.code)).toEqual([
      200, 404,
    ]);
  });

  it("reads several status lines in a row as one answer each", () => {
    const json = runCli(["--json", "200", "OK", "201", "Created", "HTTP/1.1", "404", "Gone", "HTTP/2", "410"]);
    expect(JSON.parse(json.stdout).map((entry: { code: number }) => entry.code)).toEqual([200, 201, 404, 410]);
  });
});
