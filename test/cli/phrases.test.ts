import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

// People do not quote phrases: words that do not each name something are
// read as one phrase first, and a fragment is never answered on its own.
describe("words read as a phrase", () => {
  it.each([
    [["not", "found"], 404],
    [["Not", "Found"], 404],
    [["too", "many", "requests"], 429],
    [["404", "Not", "Found"], 404],
    [["HTTP/1.1", "404", "Not", "Found"], 404],
    [["internal", "server", "error"], 500],
    [["client", "closed", "request"], 499],
    [["499", "Client", "Closed", "Request"], 499],
    [["HTTP/1.1", "499"], 499],
    [["HTTP/1.1", "463", "Too", "Many", "X-Forwarded-For", "Addresses", "(AWS", "ALB)"], 463],
  ])("%j is one answer: %i", (args, code) => {
    const { stdout, stderr, exitCode } = runCli(args);
    expect(exitCode).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toBe(runCli([String(code)]).stdout);
  });

  it("answers `statuskit not found` without 302 Found", () => {
    expect(runCli(["not", "found"]).stdout).not.toContain("302");
  });

  it("still answers words that each name something one by one", () => {
    expect(runCli(["found", "gone"]).stdout).toBe(runCli(["302", "410"]).stdout);
    expect(runCli(["200", "404"]).stdout).toBe(runCli(["200", "404"]).stdout);
  });

  it("answers a number and a phrase beside it", () => {
    expect(runCli(["200", "not", "found"]).stdout).toBe(runCli(["200", "404"]).stdout);
  });

  it("never answers a fragment with an unrelated code", () => {
    const { stdout, stderr, exitCode } = runCli(["found", "it"]);
    expect(exitCode).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      'statuskit: no status code or name matches "found it"; did you mean 302 Found, 404 Not Found?\n',
    );
  });

  it("gives one message, with a suggestion, for a misspelt phrase", () => {
    const { stdout, stderr, exitCode } = runCli(["not", "fuond"]);
    expect(exitCode).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe('statuskit: no status code or name matches "not fuond"; did you mean 404 Not Found?\n');
  });

  it("answers what it can and names the rest when a phrase has an extra word", () => {
    const { stdout, stderr, exitCode } = runCli(["page", "not", "found"]);
    expect(exitCode).toBe(1);
    expect(stdout).toBe(runCli(["404"]).stdout);
    expect(stderr).toMatch(/^statuskit: no status code or name matches "page"/);
  });

  it("answers a phrase and its own code once: `not found 404`", () => {
    expect(runCli(["not", "found", "404"])).toEqual(runCli(["404"]));
  });

  it("offers the code whose whole name an unknown phrase holds", () => {
    expect(runCli(["unauthorized", "access"]).stderr).toContain("did you mean 401 Unauthorized, 403 Forbidden?");
  });

  it("gives one JSON object for a phrase of several words", () => {
    const { stdout } = runCli(["--json", "too", "many", "requests"]);
    expect(JSON.parse(stdout).code).toBe(429);
  });

  it("is documented in --help", () => {
    const help = runCli(["--help"]).stdout.replace(/\s+/g, " ");
    expect(help).toContain("statuskit not found is 404 Not Found");
    expect(help).toContain("statuskit 404 Not Found and statuskit 200 OK are one status line each");
  });
});

describe("suggestions", () => {
  it.each([
    ["HTTP_429_TOO_MANY_REQUEST", "429 Too Many Requests"],
    ["TOO_MANY_REQUEST", "429 Too Many Requests"],
    ["HTTP_404_NOT_FUOND", "404 Not Found"],
  ])("offer a close constant name for %s", (input, offered) => {
    expect(runCli([input]).stderr).toContain(`did you mean ${offered}?`);
  });

  it("`statuskit help` is the help, not a lookup", () => {
    const { stdout, exitCode } = runCli(["help"]);
    expect(exitCode).toBe(0);
    expect(stdout).toBe(runCli(["--help"]).stdout);
  });
});

describe("search finds the obvious code first", () => {
  const first = (words: string) => {
    const { stdout } = runCli(["search", ...words.split(" ")]);
    return stdout.split("\n")[0]?.trim().slice(0, 3);
  };

  it.each([
    ["rate limited", "429"],
    ["login", "401"],
    ["not logged in", "401"],
    ["server down", "503"],
    ["auth", "401"],
    ["upload too big", "413"],
    ["already exists", "409"],
    ["throttled", "429"],
    ["maintenance", "503"],
  ])("%j: %s", (words, code) => {
    expect(first(words)).toBe(code);
  });

  it("lists 429 for `search rate limited`, before Twitter's 420", () => {
    const lines = runCli(["search", "rate", "limited"]).stdout.split("\n");
    const at = (code: string) => lines.findIndex((line) => line.startsWith(`  ${code}  `));
    expect(at("429")).toBe(0);
    expect(at("420")).toBeGreaterThan(at("429"));
  });

  it("ranks low-confidence codes (598, 599) below 401 for `auth`, and 218 below 401 for `not logged in`", () => {
    const auth = runCli(["search", "auth"]).stdout;
    for (const code of ["598", "599"]) {
      const at = auth.indexOf(`  ${code}  `);
      if (at >= 0) expect(at).toBeGreaterThan(auth.indexOf("  401  "));
    }
    const loggedIn = runCli(["search", "not", "logged", "in"]).stdout;
    expect(loggedIn.indexOf("  401  ")).toBe(0);
    expect(loggedIn.split("\n").length).toBeLessThan(20);
  });
});
