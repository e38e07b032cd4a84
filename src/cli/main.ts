#!/usr/bin/env node
import { exitStatus } from "./outcome.js";
import { longestStandardInput, run, standardInputTooLong, wantsStandardInput } from "./run.js";

// Replaced by tsup at build time with package.json's version, so that the
// CLI never reads files at run time.
declare const __STATUSKIT_VERSION__: string;

// The exit status says whether everything asked was found; what happens to
// the output afterwards does not change it. A reader that went away
// (`statuskit | head -1`, EPIPE) or a closed stream is not worth a message,
// and a failing stderr has nowhere to report to.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") return;
  try {
    process.stderr.write(`statuskit: cannot write output: ${error.message}\n`);
  } catch {
    // stderr is gone too.
  }
});
process.stderr.on("error", () => {});

function write(stream: NodeJS.WriteStream, text: string): void {
  if (text === "") return;
  try {
    stream.write(text);
  } catch {
    // A stream closed before we started (`statuskit 404 >&-`): nothing to tell.
  }
}

let answered = false;

function answer(stdin: string | undefined): void {
  if (answered) return;
  answered = true;
  const outcome = run({
    argv: process.argv.slice(2),
    env: process.env,
    stdoutIsTerminal: process.stdout.isTTY === true,
    columns: process.stdout.columns,
    version: __STATUSKIT_VERSION__,
    stdin,
    today: new Date().toISOString().slice(0, 10),
  });
  process.exitCode = outcome.exitCode;
  write(process.stdout, outcome.stdout);
  write(process.stderr, outcome.stderr);
}

const argv = process.argv.slice(2);
// --json is the one option that may come before a subcommand (`statuskit
// --json search ...`), so `statuskit --json serve` is `statuskit serve --json`.
const serveAt = argv.findIndex((argument) => argument !== "--json");
// `statuskit serve` runs until stopped, so it leaves the one-shot path
// below; its code loads only when asked for, so that a lookup, which must
// answer at once, never pays for loading a server.
if (argv[serveAt] === "serve") {
  import("../serve/serve-command.js").then(
    async ({ serveCommand }) => {
      process.exitCode = await serveCommand([...argv.slice(0, serveAt), ...argv.slice(serveAt + 1)]);
    },
    (error: unknown) => {
      write(process.stderr, `statuskit: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = exitStatus.internal;
    },
  );
} else if (wantsStandardInput(argv, process.stdin.isTTY === true)) {
  // Bounded, so that an endless producer (`yes 404 | statuskit`) gets an
  // answer at once instead of filling memory.
  const chunks: Buffer[] = [];
  let length = 0;
  process.stdin.on("data", (chunk: Buffer) => {
    length += chunk.length;
    if (length <= longestStandardInput) {
      chunks.push(chunk);
      return;
    }
    process.stdin.destroy();
    if (answered) return;
    answered = true;
    const outcome = standardInputTooLong(argv);
    process.exitCode = outcome.exitCode;
    write(process.stdout, outcome.stdout);
    write(process.stderr, outcome.stderr);
  });
  process.stdin.on("end", () => answer(Buffer.concat(chunks).toString("utf8")));
  // A closed or unreadable stdin reads as empty.
  process.stdin.on("error", () => answer(""));
} else {
  answer(undefined);
}
