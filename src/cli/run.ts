import { answerStream, type Printed } from "./answer-stream.js";
import { asksForJson, type Parsed, parseArguments, readsStandardInput } from "./arguments.js";
import { colourEnabled, palette } from "./colours.js";
import { helpOutcome, subcommands } from "./commands.js";
import { formatJson, jsonEntry } from "./format-json.js";
import { formatClass, type Layout } from "./format-text.js";
import { codeAnswers, readArguments } from "./lookup.js";
import { exitStatus, failure, type Outcome } from "./outcome.js";
import { longestLine } from "./standard-input.js";

export type { Outcome } from "./outcome.js";

/** What the CLI is given: its arguments and what it needs to know of its terminal. */
export interface Invocation {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTerminal: boolean;
  /** The terminal's width, when stdout is one. */
  readonly columns: number | undefined;
  readonly version: string;
  /** The text of standard input, when the command reads it (see {@link wantsStandardInput}). */
  readonly stdin?: string | undefined;
  /** Today's date as `YYYY-MM-DD`, to tell whether a temporary registration's stated expiry has passed. */
  readonly today: string;
}

/** Prose is wrapped to at most this width, a comfortable line to read. */
const proseWidth = 80;
/** Tables use the terminal's width, up to this. */
const widestTable = 120;

function layoutFor(invocation: Invocation): Layout {
  const columns = invocation.stdoutIsTerminal ? (invocation.columns ?? 80) : 80;
  return {
    colours: palette(colourEnabled(invocation.env, invocation.stdoutIsTerminal)),
    width: Math.max(40, Math.min(proseWidth, columns)),
    tableWidth: Math.max(40, Math.min(widestTable, columns)),
    today: invocation.today,
  };
}

const parse = (argv: readonly string[]): Parsed => parseArguments(argv, new Set(subcommands.keys()));

/**
 * Whether `main.ts` should read standard input before calling {@link run}:
 * `-` among the inputs, or no inputs while standard input is not a terminal.
 */
export function wantsStandardInput(argv: readonly string[], stdinIsTerminal: boolean): boolean {
  return readsStandardInput(parse(argv), stdinIsTerminal);
}

/** The lookup of a command that reads standard input, fed one line at a time as the lines arrive. */
export interface StandardInputLookup {
  /** What to print before the first line: the answers to the arguments before `-`. */
  readonly start: Printed;
  /** Reads one line (without its line break); `tooLong` when it ran past {@link longestLine} bytes. */
  readonly line: (raw: string, tooLong?: boolean) => Printed;
  /** After the last line: the answers to the arguments after `-` (or the whole table, when nothing was asked), and the exit status. */
  readonly end: () => Outcome;
}

/** The number of bytes `text` takes in UTF-8, counted without encoding it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && at + 1 < text.length) {
      bytes += 4;
      at++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Runs the CLI without touching the process: argument parsing, lookups and
 * formatting, to one {@link Outcome}, with standard input read from
 * `invocation.stdin` line by line, as `main.ts` reads it as it arrives. Never
 * throws: a bug becomes exit status 3 with a one-line message.
 */
export function run(invocation: Invocation): Outcome {
  const started = startRun(invocation);
  if ("exitCode" in started) return started;
  return guarded(invocation.argv, () => {
    let stdout = started.start.stdout;
    let stderr = started.start.stderr;
    for (const raw of (invocation.stdin ?? "").split("\n")) {
      const printed = started.line(raw, utf8Length(raw) > longestLine);
      stdout += printed.stdout;
      stderr += printed.stderr;
    }
    const end = started.end();
    return { stdout: stdout + end.stdout, stderr: stderr + end.stderr, exitCode: end.exitCode };
  });
}

/** `work`'s outcome, or for a bug (anything it throws) exit status 3 with a one-line message. */
export function guarded(argv: readonly string[], work: () => Outcome): Outcome {
  try {
    return work();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    let json = false;
    try {
      json = asksForJson(argv);
    } catch {
      // The arguments themselves are what failed; answer in text.
    }
    return failure("internal", reason, json);
  }
}

/**
 * Starts the CLI: the whole {@link Outcome} of a command that does not read
 * standard input, or the {@link StandardInputLookup} to feed its lines to.
 * Never throws: a bug becomes exit status 3 with a one-line message, and the
 * lookup's own steps are to be run through {@link guarded}.
 */
export function startRun(invocation: Invocation): Outcome | StandardInputLookup {
  let started: Outcome | StandardInputLookup | undefined;
  const outcome = guarded(invocation.argv, () => {
    started = begin(invocation);
    return { stdout: "", stderr: "", exitCode: exitStatus.found };
  });
  return started ?? outcome;
}

const nothing: Printed = { stdout: "", stderr: "" };

function begin(invocation: Invocation): Outcome | StandardInputLookup {
  const parsed = parse(invocation.argv);
  if (!parsed.ok) return failure("usage", parsed.message, parsed.json);
  const { command, json } = parsed;
  if (command.kind === "help") return helpOutcome(json);
  if (command.kind === "version") {
    const stdout = json ? formatJson({ version: invocation.version }) : invocation.version;
    return { stdout: `${stdout}\n`, stderr: "", exitCode: exitStatus.found };
  }
  const layout = layoutFor(invocation);
  if (command.kind === "subcommand") {
    const subcommand = subcommands.get(command.name);
    if (subcommand === undefined) return failure("usage", `unknown command ${command.name}`, json);
    return subcommand.run(command.words, { json, layout, version: invocation.version });
  }

  const stream = answerStream(json, layout);
  const answerAll = (words: readonly string[]): Printed => {
    const printed = readArguments(words).map((reading) => stream.answer(reading.answer));
    return {
      stdout: printed.map((part) => part.stdout).join(""),
      stderr: printed.map((part) => part.stderr).join(""),
    };
  };
  // The first `-` stands for the lines of standard input; a later one finds
  // them already read, as with any program. Each run of words between is
  // read as phrases.
  const { inputs } = command;
  const dash = inputs.indexOf("-");
  const readsInput = dash >= 0 || (inputs.length === 0 && invocation.stdin !== undefined);
  const finish = (): Outcome => {
    const after: Printed[] = [];
    let words: string[] = [];
    for (const input of dash < 0 ? [] : [...inputs.slice(dash + 1), "-"]) {
      if (input !== "-") words.push(input);
      else {
        after.push(answerAll(words));
        words = [];
      }
    }
    if (inputs.length === 0 && !stream.asked()) return wholeTable(json, layout);
    const end = stream.end();
    return {
      stdout: after.map((part) => part.stdout).join("") + end.stdout,
      stderr: after.map((part) => part.stderr).join("") + end.stderr,
      exitCode: end.exitCode,
    };
  };
  if (!readsInput) {
    const printed = answerAll(inputs);
    const end = finish();
    return { stdout: printed.stdout + end.stdout, stderr: printed.stderr + end.stderr, exitCode: end.exitCode };
  }
  return {
    start: dash < 0 ? nothing : answerAll(inputs.slice(0, dash)),
    line: stream.line,
    end: finish,
  };
}

/** Every code, by class: what `statuskit` alone prints. */
function wholeTable(json: boolean, layout: Layout): Outcome {
  const answers = [1, 2, 3, 4, 5].map((digit) => ({ kind: "class", digit, codes: codeAnswers(digit) }) as const);
  const stdout = json
    ? formatJson(answers.flatMap((answer) => answer.codes.map(jsonEntry)))
    : answers.map((answer) => formatClass(answer.digit, answer.codes, layout)).join("\n\n");
  return { stdout: `${stdout}\n`, stderr: "", exitCode: exitStatus.found };
}
