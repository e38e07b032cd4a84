import { asksForJson, type Parsed, parseArguments, readsStandardInput } from "./arguments.js";
import { colourEnabled, palette } from "./colours.js";
import { helpOutcome, subcommands } from "./commands.js";
import { formatJson, type JsonEntry, jsonEntry } from "./format-json.js";
import { formatClass, formatCode, type Layout } from "./format-text.js";
import { type Answer, codeAnswers, lookup, type Reading, readArguments } from "./lookup.js";
import { exitStatus, failure, message, type Outcome } from "./outcome.js";
import { inputsFromText } from "./standard-input.js";

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

function textOf(answer: Answer, layout: Layout): string {
  if (answer.kind === "code") return formatCode(answer, layout);
  if (answer.kind === "class") return formatClass(answer.digit, answer.codes, layout);
  return "";
}

function entriesOf(answer: Answer): JsonEntry[] {
  if (answer.kind === "code") return [jsonEntry(answer)];
  if (answer.kind === "class") return answer.codes.map(jsonEntry);
  return [];
}

const parse = (argv: readonly string[]): Parsed => parseArguments(argv, new Set(subcommands.keys()));

/**
 * Whether `main.ts` should read standard input before calling {@link run}:
 * `-` among the inputs, or no inputs while standard input is not a terminal.
 */
export function wantsStandardInput(argv: readonly string[], stdinIsTerminal: boolean): boolean {
  return readsStandardInput(parse(argv), stdinIsTerminal);
}

/** The most standard input the CLI reads: far more than any response head or list of codes. */
export const longestStandardInput = 1024 * 1024;

/** The answer when standard input runs past {@link longestStandardInput}: a usage error, in JSON when asked. */
export function standardInputTooLong(argv: readonly string[]): Outcome {
  return failure(
    "usage",
    `standard input is longer than ${longestStandardInput / (1024 * 1024)} MiB; statuskit reads at most that much`,
    asksForJson(argv),
  );
}

/**
 * The readings of the inputs: arguments read as phrases, and the first `-`
 * replaced by the lines of standard input, each line one input (a later `-`
 * finds the input already read, as with any program).
 */
function readInputs(inputs: readonly string[], stdin: string): Reading[] {
  const readings: Reading[] = [];
  let words: string[] = [];
  let lines: Reading[] | undefined;
  for (const input of inputs) {
    if (input !== "-") {
      words.push(input);
      continue;
    }
    readings.push(...readArguments(words));
    words = [];
    if (lines === undefined) {
      lines = inputsFromText(stdin).map((line) => ({ input: line, answer: lookup(line) }));
      readings.push(...lines);
    }
  }
  readings.push(...readArguments(words));
  return readings;
}

/**
 * Runs the CLI without touching the process: argument parsing, lookups and
 * formatting, to one {@link Outcome}. `main.ts` does the I/O. Never throws: a
 * bug becomes exit status 3 with a one-line message.
 */
export function run(invocation: Invocation): Outcome {
  try {
    return answer(invocation);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    let json = false;
    try {
      json = asksForJson(invocation.argv);
    } catch {
      // The arguments themselves are what failed; answer in text.
    }
    return failure("internal", reason, json);
  }
}

function answer(invocation: Invocation): Outcome {
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

  const stdin = invocation.stdin ?? "";
  const fromInput = command.inputs.length === 0 ? inputsFromText(stdin) : [];
  if (command.inputs.length === 0 && fromInput.length === 0) {
    const answers: Answer[] = [1, 2, 3, 4, 5].map((digit) => ({ kind: "class", digit, codes: codeAnswers(digit) }));
    const stdout = json
      ? formatJson(answers.flatMap(entriesOf))
      : answers.map((answer) => textOf(answer, layout)).join("\n\n");
    return { stdout: `${stdout}\n`, stderr: "", exitCode: exitStatus.found };
  }

  const readings =
    command.inputs.length === 0
      ? fromInput.map((line) => ({ input: line, answer: lookup(line) }))
      : readInputs(command.inputs, stdin);
  const answers = readings.map((reading) => reading.answer);
  const found = answers.filter((answer) => answer.kind !== "missing");
  const stderr = answers.map((answer) => (answer.kind === "missing" ? message(answer.message) : "")).join("");
  let stdout = "";
  if (json) {
    // One value, so that a pipe into a parser never breaks: one input naming
    // a code gives an object (null when it names nothing), anything else an
    // array of what was found.
    const entries = found.flatMap(entriesOf);
    const single = answers.length === 1 && answers[0]?.kind !== "class";
    stdout = `${formatJson(single ? (entries[0] ?? null) : entries)}\n`;
  } else if (found.length > 0) {
    stdout = `${found.map((answer) => textOf(answer, layout)).join("\n\n")}\n`;
  }
  const exitCode = found.length === answers.length ? exitStatus.found : exitStatus.notFound;
  return { stdout, stderr, exitCode };
}
