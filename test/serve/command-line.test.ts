import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseServeArguments } from "../../src/serve/serve-command.js";
import { eventually, loadedMachine } from "./client.js";

const cli = fileURLToPath(new URL("../../dist/cli.cjs", import.meta.url));

interface Running {
  readonly child: ChildProcess;
  readonly firstLine: Promise<string>;
  readonly output: () => string;
  readonly errors: () => string;
  readonly exit: Promise<number | null>;
}

function start(...args: string[]): Running {
  return startWith("serve", ...args);
}

/** The CLI with exactly these arguments, `serve` wherever the caller puts it. */
function startWith(...args: string[]): Running {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  let errors = "";
  const firstLine = new Promise<string>((resolve) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("\n")) resolve(output.slice(0, output.indexOf("\n")));
    });
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, firstLine, output: () => output, errors: () => errors, exit };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe("statuskit serve", loadedMachine, () => {
  it("--json prints exactly one JSON line with the URL, port and seed first, logs requests, and exits 0 on SIGTERM", async () => {
    const running = start("--json", "--seed", "5");
    const first = JSON.parse(await running.firstLine) as { url: string; port: number; seed: number };
    expect(Object.keys(first)).toEqual(["url", "port", "seed"]);
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(first.url).toBe(`http://127.0.0.1:${first.port}`);
    expect(first.seed).toBe(5);
    const response = await fetch(`${first.url}/418`);
    expect([response.status, await response.text()]).toEqual([418, "418 I'm a teapot"]);
    await eventually(() => running.output().split("\n").length > 2);
    const log = JSON.parse(running.output().split("\n")[1] ?? "") as Record<string, unknown>;
    expect(log).toMatchObject({ method: "GET", target: "/418", status: 418 });
    running.child.kill("SIGTERM");
    expect(await running.exit).toBe(0);
  });

  it("exits 0 on a SIGTERM sent the moment its first line arrives", async () => {
    // Five times: a signal that came before the handler would kill the process outright, and that is a race.
    for (let attempt = 0; attempt < 5; attempt++) {
      const running = start("--json");
      await running.firstLine;
      running.child.kill("SIGTERM");
      expect(await running.exit).toBe(0);
    }
  });

  it("takes --json before the word serve too, as the other subcommands do", async () => {
    const running = startWith("--json", "serve", "--seed", "5");
    const first = JSON.parse(await running.firstLine) as { url: string };
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    running.child.kill("SIGTERM");
    expect(await running.exit).toBe(0);
  });

  it("prints where it listens, and exits 0 on SIGINT while a response is still sleeping", async () => {
    const running = start("--quiet");
    const line = await running.firstLine;
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(line)?.[0] ?? "";
    expect(line).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+ \(seed \d+\)/);
    // A sleep longer than the test may take: waiting it out fails the test.
    const sleeping = fetch(`${url}/200?sleep=60000`).catch((error: unknown) => error);
    await settle();
    running.child.kill("SIGINT");
    expect(await running.exit).toBe(0);
    expect(await sleeping).toBeInstanceOf(Error);
    expect(running.output().split("\n").filter(Boolean)).toHaveLength(1);
  });

  it("warns when it listens beyond loopback", async () => {
    const running = start("--host", "0.0.0.0", "--quiet");
    await running.firstLine;
    await eventually(() => running.errors().includes("warning"));
    expect(running.errors()).toMatch(/warning: listening on 0\.0\.0\.0 exposes this test server/);
    running.child.kill("SIGTERM");
    expect(await running.exit).toBe(0);
  });

  it("exits 1 with a message when the port is taken", async () => {
    const first = start("--json", "--quiet");
    try {
      const { url } = JSON.parse(await first.firstLine) as { url: string };
      const second = start("--port", new URL(url).port);
      expect(await second.exit).toBe(1);
      expect(second.errors()).toMatch(/cannot serve on "127\.0\.0\.1" port \d+: .*EADDRINUSE/);
    } finally {
      // Stopped even when an expectation fails, so that no server outlives the test run.
      first.child.kill("SIGTERM");
    }
    expect(await first.exit).toBe(0);
  });

  it.each([
    [[], { port: 0, host: "127.0.0.1", seed: undefined, quiet: false, json: false, help: false }],
    [["--port", "8080", "--seed=42"], { port: 8080, seed: 42 }],
    [["--port=65535", "--seed", "4294967295"], { port: 65_535, seed: 4_294_967_295 }],
    [["--host", "::1", "--quiet", "--json"], { host: "::1", quiet: true, json: true }],
    [["--host=0.0.0.0"], { host: "0.0.0.0" }],
    [["-h"], { help: true }],
    [["--help"], { help: true }],
    [["--port", "1", "--port", "2"], { port: 2 }],
  ])("reads %j", (argv, expected) => {
    expect(parseServeArguments(argv)).toMatchObject(expected);
  });

  it.each([
    [["--port", "70000"], '--port needs a whole number from 0 to 65535, not "70000"'],
    [["--port"], '--port needs a whole number from 0 to 65535, not ""'],
    [["--port="], '--port needs a whole number from 0 to 65535, not ""'],
    [["--port", "--quiet"], '--port needs a whole number from 0 to 65535, not "--quiet"'],
    [["--port", "1.5"], '--port needs a whole number from 0 to 65535, not "1.5"'],
    [["--seed", "-1"], '--seed needs a whole number from 0 to 4294967295, not "-1"'],
    [["--seed", "4294967296"], '--seed needs a whole number from 0 to 4294967295, not "4294967296"'],
    [["--seed=abc"], '--seed needs a whole number from 0 to 4294967295, not "abc"'],
    [["--seed", "00000000001"], '--seed needs a whole number from 0 to 4294967295, not "00000000001"'],
    [["--host", ""], "--host needs an address, such as 127.0.0.1"],
    [["--host"], "--host needs an address, such as 127.0.0.1"],
    [["--nope"], 'serve: unknown option "--nope" (see statuskit serve --help)'],
    [["--nope=1"], 'serve: unknown option "--nope=1" (see statuskit serve --help)'],
    [["-x"], 'serve: unknown option "-x" (see statuskit serve --help)'],
    [["--constructor"], 'serve: unknown option "--constructor" (see statuskit serve --help)'],
    [["8080"], 'serve: unknown option "8080" (see statuskit serve --help)'],
    [["--", "--port"], 'serve: unknown option "--" (see statuskit serve --help)'],
  ])("refuses %j", (argv, message) => {
    expect(parseServeArguments(argv)).toBe(message);
  });

  // ESC with an OSC 52 clipboard write, BEL, CR, a C1 control (NEL), DEL and bidirectional overrides.
  const hostile = "\u001b]52;c;aGk=\u0007\r\u0085\u007f\u202e\u2066x";
  const unsafe = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;
  const escaped = "\\u001b]52;c;aGk=\\u0007\\u000d\\u0085\\u007f\\u202e\\u2066x";

  it.each([
    [["--port", hostile]],
    [[`--port=${hostile}`]],
    [["--seed", hostile]],
    [[`--${hostile}`]],
    [[hostile]],
    [["--quiet", `-${hostile}`]],
  ])("escapes control characters and bidirectional overrides in the message for %j", (argv) => {
    const message = parseServeArguments(argv);
    expect(typeof message).toBe("string");
    expect(message).not.toMatch(unsafe);
    expect(message).toContain(escaped);
  });

  it.each([[["--host", hostile]], [["--json", `--host=${hostile}`]]])(
    "escapes a hostile --host in what it prints when it cannot listen there (%j)",
    async (argv) => {
      const running = start(...argv);
      expect(await running.exit).toBe(1);
      expect(running.errors()).toMatch(/^statuskit: cannot serve on "/);
      expect(running.errors()).toContain(escaped);
      expect(running.errors().slice(0, -1)).not.toMatch(unsafe);
      expect(running.output()).not.toMatch(unsafe);
    },
  );

  it("escapes hostile usage errors on both streams with --json", async () => {
    const bad = start("--json", "--port", hostile);
    expect(await bad.exit).toBe(2);
    expect(bad.output().slice(0, -1)).not.toMatch(unsafe);
    expect(bad.errors().slice(0, -1)).not.toMatch(unsafe);
    expect(JSON.parse(bad.output()).error.message).toContain(escaped);
  });

  it("warns by the address bound, not the text given: none for 2130706433, which is 127.0.0.1", async () => {
    const running = start("--host", "2130706433", "--json", "--seed", "1");
    const first = JSON.parse(await running.firstLine) as { url: string };
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await fetch(`${first.url}/204`);
    await eventually(() => running.output().split("\n").length > 2);
    running.child.kill("SIGTERM");
    expect(await running.exit).toBe(0);
    expect(running.errors()).toBe("");
  });

  it("exits 2 on a usage error, and prints its help with --help", async () => {
    const bad = start("--port", "x");
    expect(await bad.exit).toBe(2);
    expect(bad.errors()).toMatch(/^statuskit: --port needs/);
    const help = start("--help");
    expect(await help.exit).toBe(0);
    expect(help.output()).toContain("statuskit serve [--port 0] [--host 127.0.0.1] [--seed N] [--quiet] [--json]");
  });

  it("prints a usage error as the one JSON value on stdout with --json", async () => {
    const bad = start("--json", "--bogus");
    expect(await bad.exit).toBe(2);
    const value = JSON.parse(bad.output()) as { error: { kind: string; message: string } };
    expect(value.error.kind).toBe("usage");
    expect(bad.errors()).toContain(value.error.message);
  });
});
