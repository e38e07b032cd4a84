import { describe, expect, it } from "vitest";
import { allStatuses, registryDate } from "../../src/index.js";
import { unofficialStatuses } from "../../src/unofficial/index.js";
import { runCli } from "./run-cli.js";

describe("looking up one code", () => {
  it("shows the code, phrase, class, standing, description, spec and facts", () => {
    const { stdout, stderr, exitCode } = runCli(["429"]);
    expect(exitCode).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^429 Too Many Requests\nclient error · standard\n/);
    expect(stdout).toContain("rate limiting");
    expect(stdout).toContain("HTTP_429_TOO_MANY_REQUESTS");
    expect(stdout).toContain("RFC 6585, Section 4");
    expect(stdout).toContain("https://www.rfc-editor.org/rfc/rfc6585#section-4");
    expect(stdout).toMatch(/cacheable +no, not by default/);
    expect(stdout).toMatch(/content +may carry content/);
    expect(stdout).toMatch(/headers +Retry-After/);
    expect(stdout).toMatch(/retryable +yes/);
  });

  it("names the redirect kind of a redirect", () => {
    expect(runCli(["308"]).stdout).toMatch(/redirect +the follow-up request keeps the method and content/);
    expect(runCli(["303"]).stdout).toMatch(/redirect +the follow-up request is a GET/);
  });

  it("shows the older names of a renamed code", () => {
    expect(runCli(["422"]).stdout).toMatch(/also named +HTTP_422_UNPROCESSABLE_ENTITY/);
  });

  it.each(allStatuses().map((info) => [info.code, info.phrase] as const))("describes %i as %s", (code, phrase) => {
    const { stdout, exitCode } = runCli([String(code)]);
    expect(exitCode).toBe(0);
    expect(stdout.startsWith(`${code} ${phrase}\n`)).toBe(true);
  });
});

describe("looking up a name or phrase", () => {
  const notFound = runCli(["404"]).stdout;

  it.each([
    "not found",
    "Not Found",
    "NOT_FOUND",
    "HTTP_404_NOT_FOUND",
    "404 Not Found",
    "HTTP/1.1 404 Not Found",
    " 404 ",
  ])("gives %j the same answer as 404", (input) => {
    const { stdout, exitCode } = runCli([input]);
    expect(exitCode).toBe(0);
    expect(stdout).toBe(notFound);
  });

  it("finds an unofficial phrase, labelled", () => {
    const { stdout, exitCode } = runCli(["client closed request"]);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/^499 Client Closed Request \(unofficial\)\n/);
  });
});

// An unofficial meaning that the registry table already carries (509, kept
// for DRF with standing "unofficial") is shown once, as the registry row.
const restatesRegistryRow = (status: { code: number; phrase: string }) =>
  allStatuses().some(
    (info) => info.code === status.code && info.standing === "unofficial" && info.phrase === status.phrase,
  );

describe("classes and the whole table", () => {
  it.each([1, 2, 3, 4, 5])("lists every code of %ixx, registered and unofficial", (digit) => {
    const { stdout, exitCode } = runCli([`${digit}xx`]);
    expect(exitCode).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(new RegExp(`^${digit}xx [A-Z]`));
    const registered = allStatuses().filter((info) => Math.floor(info.code / 100) === digit);
    const unofficial = unofficialStatuses().filter(
      (status) => Math.floor(status.code / 100) === digit && !restatesRegistryRow(status),
    );
    expect(lines.length - 1).toBe(registered.length + unofficial.length);
    for (const info of registered) expect(stdout).toContain(`  ${info.code}  ${info.phrase}`);
    for (const status of unofficial) expect(stdout).toMatch(new RegExp(`  ${status.code}  .*unofficial: `));
  });

  it("accepts a class in capitals", () => {
    expect(runCli(["4XX"]).stdout).toBe(runCli(["4xx"]).stdout);
  });

  it("prints every class, in order, with no arguments", () => {
    const { stdout, exitCode } = runCli([]);
    expect(exitCode).toBe(0);
    const headings = stdout.split("\n").filter((line) => /^\dxx /.test(line));
    expect(headings).toEqual([
      "1xx Informational",
      "2xx Success",
      "3xx Redirection",
      "4xx Client Error",
      "5xx Server Error",
    ]);
    expect(stdout).toBe(["1xx", "2xx", "3xx", "4xx", "5xx"].map((c) => runCli([c]).stdout).join("\n"));
  });
});

describe("several arguments", () => {
  it("answers each, in order, separated by a blank line", () => {
    const { stdout, exitCode } = runCli(["200", "404", "503"]);
    expect(exitCode).toBe(0);
    expect(stdout).toBe(
      `${[runCli(["200"]), runCli(["404"]), runCli(["503"])].map((r) => r.stdout.trimEnd()).join("\n\n")}\n`,
    );
  });

  it("still answers the others when one is not found, and exits 1", () => {
    const { stdout, stderr, exitCode } = runCli(["200", "299", "404"]);
    expect(exitCode).toBe(1);
    expect(stdout).toContain("200 OK");
    expect(stdout).toContain("404 Not Found");
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).toContain("299");
  });
});

describe("unofficial codes", () => {
  it("shows a code the registry lacks, labelled with its origin", () => {
    const { stdout, exitCode } = runCli(["522"]);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(
      /^522 Connection Timed Out \(unofficial\)\nserver error · unofficial: not in the IANA registry/,
    );
    expect(stdout).toMatch(/origin +Cloudflare/);
    expect(stdout).toMatch(/confidence +high/);
  });

  it("shows both meanings of 451, the registered one first, the other labelled", () => {
    const { stdout } = runCli(["451"]);
    const registered = stdout.indexOf("451 Unavailable For Legal Reasons\n");
    const unofficial = stdout.indexOf("451 Redirect (unofficial)\n");
    expect(registered).toBe(0);
    expect(unofficial).toBeGreaterThan(registered);
    expect(stdout).toContain("unofficial: not the registered meaning of 451");
  });

  it("shows a low-confidence origin as such", () => {
    expect(runCli(["218"]).stdout).toMatch(/confidence +low/);
  });

  it("shows 509 once: its registry row already says it is unofficial", () => {
    const { stdout, exitCode } = runCli(["509"]);
    expect(exitCode).toBe(0);
    expect(stdout.match(/Bandwidth Limit Exceeded/g)).toHaveLength(1);
    expect(stdout).toMatch(/^509 Bandwidth Limit Exceeded\nserver error · unofficial: not in the IANA registry/);
  });

  const shownAsUnofficial = unofficialStatuses().filter((status) => !restatesRegistryRow(status));
  it.each(shownAsUnofficial.map((status) => [status.code, status.phrase] as const))("shows %i %s", (code, phrase) => {
    const { stdout, exitCode } = runCli([String(code)]);
    expect(exitCode).toBe(0);
    expect(stdout).toContain(`${code} ${phrase} (unofficial)\n`);
  });
});

describe("search", () => {
  it.each([
    ["too many requests", 429],
    ["gateway timeout", 504],
    ["gatway timout", 504],
    ["TEAPOT", 418],
    ["legal", 451],
    ["payload too large", 413],
    ["nginx", 444],
  ])("ranks the best match for %j first: %i", (words, code) => {
    const { stdout, exitCode } = runCli(["search", ...words.split(" ")]);
    expect(exitCode).toBe(0);
    expect(stdout.split("\n")[0]).toMatch(new RegExp(`^  ${code}  `));
  });

  it("finds unofficial meanings by origin", () => {
    const { stdout } = runCli(["search", "cloudflare"]);
    for (const code of [520, 521, 522, 523, 524, 525, 526, 527, 530]) expect(stdout).toContain(`  ${code}  `);
  });

  it("exits 1 with a message when nothing matches", () => {
    const { stdout, stderr, exitCode } = runCli(["search", "xyzzy"]);
    expect(exitCode).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe('statuskit: nothing matches "xyzzy"\n');
  });
});

describe("a temporary registration", () => {
  const info = allStatuses().find((status) => status.expires !== null);

  it("says until when the dated registry lists it", () => {
    expect(info?.code).toBe(104);
    const { stdout } = runCli(["104"], {}, { today: "2026-01-01" });
    expect(stdout).toContain(`temporary, until ${info?.expires} in the IANA registry of ${registryDate}`);
    expect(stdout).not.toContain("has passed");
  });

  it("says plainly when that date has passed", () => {
    const { stdout } = runCli(["104"], {}, { today: "2026-11-28" });
    expect(stdout.replace(/\s+/g, " ")).toContain("that date has passed, so it has lapsed unless it was extended");
  });

  it("states no registration term for other codes", () => {
    expect(runCli(["404"]).stdout).not.toContain("registered");
  });
});
