import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { run, wantsStandardInput } from "../../src/cli/run.js";
import { lineReader } from "../../src/cli/standard-input.js";

/** The built executable under test: the real `dist/cli.cjs`, run with Node. */
export const cliPath = fileURLToPath(new URL("../../dist/cli.cjs", import.meta.url));

if (!existsSync(cliPath)) {
  throw new Error("dist/cli.cjs is missing: run `npm run build` first (`npm test` does it for you).");
}

/**
 * How long one process a test starts may take: generous, so that the tests
 * pass on a two-core machine whose cores are busy with other work.
 */
export const processTimeout = 30_000;

/** Runs a line of bash with `$statuskit` standing for the built CLI, run with this Node. */
export function shell(line: string) {
  const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(cliPath)}`;
  return spawnSync("bash", ["-c", line.replaceAll("$statuskit", command)], {
    encoding: "utf8",
    timeout: processTimeout,
  });
}

/**
 * The inputs in a whole text of standard input, one per line, as the CLI's
 * {@link lineReader} reads them line by line.
 */
export function inputsFromText(text: string): string[] {
  const read = lineReader();
  return text.split("\n").flatMap((raw) => read(raw) ?? []);
}

export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number | null;
}

// The environment of the machine running the tests must not decide colours.
function cleanEnv(env: Record<string, string | undefined>): Record<string, string | undefined> {
  const clean: Record<string, string | undefined> = { ...process.env };
  for (const name of ["NO_COLOR", "FORCE_COLOR", "TERM", "COLUMNS"]) delete clean[name];
  return { ...clean, ...env };
}

/** The package's version, which the build writes into the CLI. */
export const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
  version: string;
};

/** How the in-process CLI sees its streams: through pipes unless told otherwise. */
export interface Streams {
  /** The text of standard input, as main.ts would read it. */
  readonly stdin?: string;
  /** A terminal this wide for stdout; through a pipe when absent. */
  readonly columns?: number;
  /** The date the CLI takes as today (YYYY-MM-DD); {@link today} when absent. */
  readonly today?: string;
}

/** A fixed date for in-process runs, so that no output depends on the day the tests run. */
export const today = "2026-11-28";

/**
 * Runs the CLI in this process, through the pure `run()` that `dist/cli.cjs`
 * wraps: what it prints and its exit status, as through pipes (stdout is not
 * a terminal) unless `streams.columns` gives one. Fast, so most tests use it;
 * {@link spawnCli} runs the real executable for what only a process shows.
 */
export function runCli(
  args: readonly string[],
  env: Record<string, string | undefined> = {},
  streams: Streams = {},
): CliResult {
  const argv = [...args];
  const stdinWanted = wantsStandardInput(argv, streams.stdin === undefined);
  return run({
    argv,
    env: { ...env },
    stdoutIsTerminal: streams.columns !== undefined,
    columns: streams.columns,
    version,
    stdin: stdinWanted ? (streams.stdin ?? "") : undefined,
    today: streams.today ?? today,
  });
}

/** Runs `node dist/cli.cjs ...args` through pipes (so stdout is not a terminal), with `input` on stdin. */
export function spawnCli(args: readonly string[], env: Record<string, string | undefined> = {}, input = ""): CliResult {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    encoding: "utf8",
    env: cleanEnv(env),
    timeout: processTimeout,
    input,
  });
  if (result.error) throw result.error;
  return { stdout: result.stdout, stderr: result.stderr, exitCode: result.status };
}

const shellQuote = (text: string): string => `'${text.replace(/'/g, "'\\''")}'`;

/** Whether util-linux `script` is here to give the CLI a real terminal. */
export const hasScript = spawnSync("script", ["--version"]).status === 0;

/**
 * Runs the CLI with its stdout on a pseudo-terminal (via util-linux
 * `script`), as a person at a terminal would. Returns what the terminal shows.
 */
export function runCliOnTerminal(args: readonly string[], env: Record<string, string | undefined> = {}): CliResult {
  const command = [process.execPath, cliPath, ...args].map(shellQuote).join(" ");
  const result = spawnSync("script", ["-qec", `stty cols 100; ${command}`, "/dev/null"], {
    encoding: "utf8",
    env: cleanEnv({ TERM: "xterm-256color", ...env }),
    timeout: processTimeout,
  });
  if (result.error) throw result.error;
  return { stdout: result.stdout.replace(/\r\n/g, "\n"), stderr: result.stderr, exitCode: result.status };
}

// \p{Cc} rather than \u001b: the linter forbids control characters in a
// pattern, and the only control character before "[" in our output is ESC.
/** An ANSI colour sequence. */
export const ansi = /\p{Cc}\[[0-9;]*m/u;

/** `text` without its colours. */
export const stripAnsi = (text: string): string => text.replace(/\p{Cc}\[[0-9;]*m/gu, "");

/** The visible width of each line, without colours, in code points. */
export function lineWidths(text: string): number[] {
  return text.split("\n").map((line) => Array.from(stripAnsi(line)).length);
}
