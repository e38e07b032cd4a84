#!/usr/bin/env node
import { run } from "./run.js";

// Replaced by tsup at build time with package.json's version, so that the
// CLI never reads files at run time.
declare const __STATUSKIT_VERSION__: string;

// `statuskit serve` runs until stopped, so it leaves the one-shot path
// below; its code loads only when asked for, so lookups start as fast as before.
if (process.argv[2] === "serve") {
  import("../serve/serve-command.js").then(
    async ({ serveCommand }) => {
      process.exitCode = await serveCommand(process.argv.slice(3));
    },
    (error: unknown) => {
      process.stderr.write(`statuskit: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
} else {
  // A closed pipe (`statuskit | head -1`) is not an error worth a message.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") process.stderr.write(`statuskit: cannot write output: ${error.message}\n`);
    process.exitCode = 1;
  });

  try {
    const outcome = run({
      argv: process.argv.slice(2),
      env: process.env,
      stdoutIsTerminal: process.stdout.isTTY === true,
      columns: process.stdout.columns,
      version: __STATUSKIT_VERSION__,
    });
    if (outcome.stdout !== "") process.stdout.write(outcome.stdout);
    if (outcome.stderr !== "") process.stderr.write(outcome.stderr);
    process.exitCode = outcome.exitCode;
  } catch (error) {
    // Never a stack trace: one line, and the exit code of a failed lookup.
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`statuskit: internal error: ${reason}\n`);
    process.exitCode = 1;
  }
}
