#!/usr/bin/env node
import { exitStatus } from "./outcome.js";
import { guarded, type Invocation, type StandardInputLookup, startRun, wantsStandardInput } from "./run.js";
import { longestLine } from "./standard-input.js";

// Replaced by esbuild at build time with package.json's version, so that the
// CLI never reads files at run time.
declare const __STATUSKIT_VERSION__: string;

// The exit status says whether everything asked was found; a reader that
// went away (`statuskit | head -1`, EPIPE) does not change it and is not
// worth a message. Any other failed write (a full disk, an I/O error)
// means the answer was lost: exit status 4, with one line
// on stderr if stderr still works.
let writeFailed = false;
let readerGone = false;

function cannotWrite(error: NodeJS.ErrnoException): void {
  // Once the reader has gone, every later write fails too, for that reason.
  if (readerGone) return;
  if (error.code === "EPIPE") {
    readerGone = true;
    stopReading();
    return;
  }
  if (writeFailed) return;
  writeFailed = true;
  process.exitCode = exitStatus.cannotWrite;
  stopReading();
  try {
    process.stderr.write(`statuskit: cannot write output: ${error.message}\n`);
  } catch {
    // stderr is gone too.
  }
}
process.stdout.on("error", cannotWrite);
process.stderr.on("error", () => {});

function write(stream: NodeJS.WriteStream, text: string): void {
  if (text === "" || readerGone || writeFailed) return;
  try {
    stream.write(text);
  } catch (error) {
    // A stream that cannot take writes at all throws here rather than emitting an error.
    if (stream === process.stdout) cannotWrite(error as NodeJS.ErrnoException);
  }
}

/** The exit status of an outcome, unless a write has already failed. */
function exitWith(code: number): void {
  if (!writeFailed) process.exitCode = code;
}

let stopReading = (): void => {};

const argv = process.argv.slice(2);

function invocation(stdin: string | undefined): Invocation {
  return {
    argv,
    env: process.env,
    stdoutIsTerminal: process.stdout.isTTY === true,
    columns: process.stdout.columns,
    version: __STATUSKIT_VERSION__,
    stdin,
    today: new Date().toISOString().slice(0, 10),
  };
}

function print(printed: { readonly stdout: string; readonly stderr: string }): void {
  write(process.stdout, printed.stdout);
  write(process.stderr, printed.stderr);
}

/** How many lines are answered before giving the event loop a turn, so that a reader that left is noticed soon. */
const linesPerTurn = 64;

/**
 * Answers each line of standard input as it arrives. A line is held to
 * {@link longestLine} bytes: past that, the rest of it is dropped as it
 * comes and the line is a usage error, so an endless line cannot fill
 * memory either. Reading pauses while lines wait to be answered.
 */
function streamStandardInput(lookup: StandardInputLookup): void {
  let failed = false;
  const step = (work: () => { readonly stdout: string; readonly stderr: string }): void => {
    const outcome = guarded(argv, () => ({ ...work(), exitCode: exitStatus.found }));
    print(outcome);
    if (outcome.exitCode === exitStatus.internal) {
      failed = true;
      exitWith(outcome.exitCode);
      stopReading();
    }
  };
  const chunks: Buffer[] = [];
  let offset = 0;
  let parts: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  let ended = false;
  let done = false;

  const finish = () => {
    if (done) return;
    done = true;
    const end = guarded(argv, lookup.end);
    // When the reader has left, what was answered before decides the status.
    if (!(readerGone || writeFailed)) print(end);
    if (!failed) exitWith(end.exitCode);
  };
  const endLine = () => {
    const raw = Buffer.concat(parts).toString("utf8");
    const over = tooLong;
    parts = [];
    length = 0;
    tooLong = false;
    step(() => lookup.line(raw, over));
  };
  const keep = (part: Buffer) => {
    if (tooLong || part.length === 0) return;
    if (length + part.length > longestLine) {
      tooLong = true;
      parts = [];
      return;
    }
    parts.push(part);
    length += part.length;
  };
  const answerSome = () => {
    let lines = 0;
    while (!done && chunks.length > 0 && lines < linesPerTurn) {
      const chunk = chunks[0] as Buffer;
      const newline = chunk.indexOf(10, offset);
      if (newline < 0) {
        keep(chunk.subarray(offset));
        chunks.shift();
        offset = 0;
        continue;
      }
      keep(chunk.subarray(offset, newline));
      offset = newline + 1;
      endLine();
      lines++;
    }
    if (done) return;
    if (chunks.length > 0) setImmediate(answerSome);
    else if (ended) {
      if (length > 0 || tooLong) endLine();
      finish();
    } else process.stdin.resume();
  };
  stopReading = () => {
    chunks.length = 0;
    process.stdin.destroy();
    finish();
  };
  step(() => lookup.start);
  if (done) return;
  process.stdin.on("data", (chunk: Buffer) => {
    chunks.push(chunk);
    if (chunks.length === 1) {
      process.stdin.pause();
      answerSome();
    }
  });
  process.stdin.on("end", () => {
    ended = true;
    if (chunks.length === 0) answerSome();
  });
  // A closed or unreadable stdin reads as ended.
  process.stdin.on("error", () => {
    ended = true;
    if (chunks.length === 0) answerSome();
  });
}

// --json is the one option that may come before a subcommand (`statuskit
// --json search ...`), so `statuskit --json serve` is `statuskit serve --json`.
const serveAt = argv.findIndex((argument) => argument !== "--json");
// `statuskit serve` runs until stopped, so it leaves the one-shot path
// below; its code runs only when asked for, so that a lookup, which must
// answer at once, never pays for setting up a server.
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
} else {
  const reads = wantsStandardInput(argv, process.stdin.isTTY === true);
  const started = startRun(invocation(reads ? "" : undefined));
  if ("exitCode" in started) {
    exitWith(started.exitCode);
    print(started);
  } else {
    streamStandardInput(started);
  }
}
