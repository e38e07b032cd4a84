import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

// Every bad input gives exactly one line on stderr, starting "statuskit: ",
// nothing on stdout, no stack trace, and the right exit code.
function expectOneLineError(result: ReturnType<typeof runCli>, exitCode: number, pattern: RegExp) {
  expect(result.exitCode).toBe(exitCode);
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(/^statuskit: [^\n]+\n$/);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
  expect(result.stderr.length).toBeLessThan(300);
}

describe("input that names nothing exits 1", () => {
  it.each([
    ["99", /"99" is not a status code: codes are three-digit numbers from 100 to 599/],
    ["600", /"600" is not a status code/],
    ["0404", /"0404" is not a status code/],
    ["1e3", /"1e3" is not a status code/],
    ["404.0", /"404.0" is not a status code/],
    ["-1", /"-1" is not a status code/],
    ["299", /299 is in the 2xx Success class, but no status is registered as 299/],
    ["599x", /no status code or name matches "599x"/],
    ["статус", /no status code or name matches "статус"$/m],
    ["🫖", /no status code or name matches "🫖"/],
    ["__proto__", /no status code or name matches "__proto__"/],
    ["constructor", /no status code or name matches "constructor"/],
    ["toString", /no status code or name matches "toString"/],
    ["hasOwnProperty", /no status code or name matches "hasOwnProperty"/],
    ["404 Gone", /no status code or name matches "404 Gone"/],
  ])("%j", (input, pattern) => {
    expectOneLineError(runCli([input]), 1, pattern);
  });

  it("suggests the closest names for a typo", () => {
    expectOneLineError(runCli(["not fuond"]), 1, /did you mean 404 Not Found\?/);
    expectOneLineError(runCli(["TOO_MANY_REQUSTS"]), 1, /did you mean 429 Too Many Requests\?/);
    expectOneLineError(runCli(["teapot"]), 1, /did you mean 418 I'm a teapot\?/);
  });

  it("cuts a 10 KB argument to one short line, saying how long it was", () => {
    const result = runCli(["x".repeat(10_240)]);
    expectOneLineError(result, 1, /"x{39}…" \(10240 characters\)/);
  });

  it("answers a search for a 10 KB word with one line, quickly", () => {
    const result = runCli(["search", "x".repeat(10_240)]);
    expectOneLineError(result, 1, /nothing matches "x{39}…" \(10240 characters\)/);
  });

  it("escapes control characters instead of sending them to the terminal", () => {
    const result = runCli(["\u001b[31mred\u0007"]);
    expectOneLineError(result, 1, /"\\u001b\[31mred\\u0007"/);
    expect(result.stderr).not.toContain("\u001b");
  });
});

describe("usage errors exit 2", () => {
  it.each([
    [["--nope"], /unknown option "--nope" \(see statuskit --help\)/],
    [["--jsno", "404"], /unknown option "--jsno"; did you mean --json\?/],
    [["-x"], /unknown option "-x"/],
    [["404", "--json=yes"], /unknown option "--json=yes"/],
    [[""], /an argument is empty/],
    [["   "], /an argument is empty/],
    [["404", ""], /an argument is empty/],
    [["search"], /search needs words/],
    [["completion"], /completion needs one shell: bash, zsh, fish/],
    [["completion", "tcsh"], /completion needs one shell/],
    [["help", "me"], /help takes no words/],
  ])("%j", (args, pattern) => {
    expectOneLineError(runCli(args), 2, pattern);
  });

  it("reports a usage error before answering anything", () => {
    expectOneLineError(runCli(["404", "--nope"]), 2, /unknown option/);
  });
});

describe("-- ends the options", () => {
  it("treats what follows as input", () => {
    expectOneLineError(runCli(["--", "--json"]), 1, /no status code or name matches "--json"/);
    expect(runCli(["--", "404"]).exitCode).toBe(0);
  });
});
