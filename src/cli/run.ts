import { parseArguments } from "./arguments.js";
import { colourEnabled, palette } from "./colours.js";
import { formatJson, type JsonEntry, jsonEntry } from "./format-json.js";
import { formatClass, formatCode, formatRows, type Layout } from "./format-text.js";
import { helpText } from "./help.js";
import { type Answer, type CodeAnswer, codeAnswer, codeAnswers, lookup } from "./lookup.js";
import { search } from "./search.js";
import { quoteInput } from "./text.js";

/** What the CLI is given: its arguments and what it needs to know of its terminal. */
export interface Invocation {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTerminal: boolean;
  /** The terminal's width, when stdout is one. */
  readonly columns: number | undefined;
  readonly version: string;
}

/** What the CLI answers: the text for each stream and the exit code. */
export interface Outcome {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: 0 | 1 | 2;
}

const message = (text: string): string => `statuskit: ${text}\n`;

function layoutFor(invocation: Invocation): Layout {
  const columns = invocation.stdoutIsTerminal ? (invocation.columns ?? 80) : 80;
  return {
    colours: palette(colourEnabled(invocation.env, invocation.stdoutIsTerminal)),
    width: Math.max(40, Math.min(80, columns)),
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

/**
 * Runs the CLI without touching the process: argument parsing, lookups and
 * formatting, to one {@link Outcome}. `main.ts` does the I/O.
 */
export function run(invocation: Invocation): Outcome {
  const parsed = parseArguments(invocation.argv);
  if (!parsed.ok) return { stdout: "", stderr: message(parsed.message), exitCode: 2 };
  const { command } = parsed;
  if (command.kind === "help") return { stdout: helpText, stderr: "", exitCode: 0 };
  if (command.kind === "version") return { stdout: `${invocation.version}\n`, stderr: "", exitCode: 0 };
  const layout = layoutFor(invocation);

  if (command.kind === "search") {
    const query = command.words.join(" ");
    const found = [...new Set(search(query).map((meaning) => meaning.code))].map(
      (code) => codeAnswer(code) as CodeAnswer,
    );
    if (found.length === 0) {
      const stdout = command.json ? "[]\n" : "";
      return { stdout, stderr: message(`nothing matches ${quoteInput(query)}`), exitCode: 1 };
    }
    const stdout = command.json ? formatJson(found.map(jsonEntry)) : formatRows(found, layout).join("\n");
    return { stdout: `${stdout}\n`, stderr: "", exitCode: 0 };
  }

  if (command.inputs.length === 0) {
    const answers: Answer[] = [1, 2, 3, 4, 5].map((digit) => ({ kind: "class", digit, codes: codeAnswers(digit) }));
    const stdout = command.json
      ? formatJson(answers.flatMap(entriesOf))
      : answers.map((answer) => textOf(answer, layout)).join("\n\n");
    return { stdout: `${stdout}\n`, stderr: "", exitCode: 0 };
  }

  const answers = command.inputs.map(lookup);
  const found = answers.filter((answer) => answer.kind !== "missing");
  const stderr = answers.map((answer) => (answer.kind === "missing" ? message(answer.message) : "")).join("");
  let stdout = "";
  if (command.json) {
    // Always one JSON value, so that a pipe into a parser never breaks: one
    // argument naming a code gives an object (null when nothing matches),
    // anything else an array of what was found.
    const entries = found.flatMap(entriesOf);
    const single = command.inputs.length === 1 && answers[0]?.kind !== "class";
    stdout = `${formatJson(single ? (entries[0] ?? null) : entries)}\n`;
  } else if (found.length > 0) {
    stdout = `${found.map((answer) => textOf(answer, layout)).join("\n\n")}\n`;
  }
  return { stdout, stderr, exitCode: found.length === answers.length ? 0 : 1 };
}
