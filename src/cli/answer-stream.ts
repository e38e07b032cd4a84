import { formatJson, type JsonEntry, jsonEntry } from "./format-json.js";
import { formatClass, formatCode, type Layout } from "./format-text.js";
import { type Answer, lookup } from "./lookup.js";
import { type ExitStatus, exitStatus, message } from "./outcome.js";
import { lineReader, longestLine } from "./standard-input.js";

/** What one step of an {@link AnswerStream} prints. */
export interface Printed {
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The answers of one lookup, printed as they come: each is written at once,
 * and what is printed, put together, is exactly what the CLI prints for all
 * of them at the end (one JSON value with `--json`).
 */
export interface AnswerStream {
  /** Prints one answer. */
  readonly answer: (answer: Answer) => Printed;
  /** Reads one line of standard input (without its line break); `tooLong` when it ran past {@link longestLine}. */
  readonly line: (raw: string, tooLong?: boolean) => Printed;
  /** Whether anything was asked: no inputs at all means the whole table. */
  readonly asked: () => boolean;
  /** What is left to print, and the exit status. */
  readonly end: () => Printed & { readonly exitCode: ExitStatus };
}

/**
 * How many unmatched lines of standard input get "did you mean"
 * suggestions, which cost milliseconds each; later ones get the plain
 * message, and a count at the end. So a line costs time linear in its
 * length, whatever standard input holds.
 */
export const suggestedLines = 10;

function entriesOf(answer: Answer): JsonEntry[] {
  if (answer.kind === "code") return [jsonEntry(answer)];
  if (answer.kind === "class") return answer.codes.map(jsonEntry);
  return [];
}

function textOf(answer: Answer, layout: Layout): string {
  if (answer.kind === "code") return formatCode(answer, layout);
  if (answer.kind === "class") return formatClass(answer.digit, answer.codes, layout);
  return "";
}

/** Each line of `text`, two spaces in: a value inside a formatted array. */
const indented = (text: string): string => text.replace(/^/gm, "  ");

/** Starts printing the answers of one lookup; see {@link AnswerStream}. */
export function answerStream(json: boolean, layout: Layout): AnswerStream {
  const read = lineReader();
  let answers = 0;
  let found = 0;
  let usageErrors = 0;
  let unmatchedLines = 0;
  let entriesPrinted = 0;
  // With --json, one answer prints an object and more an array, so the
  // first waits until a second comes or the input ends.
  let held: Answer | undefined;

  const jsonEntries = (answer: Answer): string =>
    entriesOf(answer)
      .map((entry) => `${entriesPrinted++ === 0 ? "[\n" : ",\n"}${indented(formatJson(entry))}`)
      .join("");

  const answer = (next: Answer): Printed => {
    answers++;
    if (next.kind !== "missing") found++;
    const stderr = next.kind === "missing" ? message(next.message) : "";
    if (!json) {
      const stdout = next.kind === "missing" ? "" : `${found > 1 ? "\n" : ""}${textOf(next, layout)}\n`;
      return { stdout, stderr };
    }
    if (answers === 1) {
      held = next;
      return { stdout: "", stderr };
    }
    const pending = held === undefined ? "" : jsonEntries(held);
    held = undefined;
    return { stdout: pending + jsonEntries(next), stderr };
  };

  const endJson = (): string => {
    if (held !== undefined && held.kind !== "class") {
      return `${formatJson(held.kind === "code" ? jsonEntry(held) : null)}\n`;
    }
    const pending = held === undefined ? "" : jsonEntries(held);
    return entriesPrinted === 0 ? "[]\n" : `${pending}\n]\n`;
  };

  return {
    answer,
    line: (raw, tooLong = false) => {
      if (tooLong) {
        usageErrors++;
        return answer({
          kind: "missing",
          message: `a line of standard input is longer than ${longestLine} bytes, the most statuskit reads in one line`,
        });
      }
      const input = read(raw);
      if (input === undefined) return { stdout: "", stderr: "" };
      const result = lookup(input, unmatchedLines < suggestedLines);
      if (result.kind === "missing") unmatchedLines++;
      return answer(result);
    },
    asked: () => answers > 0,
    end: () => {
      const stderr =
        unmatchedLines > suggestedLines
          ? message(
              `${unmatchedLines} lines of standard input named nothing; the first ${suggestedLines} got suggestions`,
            )
          : "";
      let exitCode: ExitStatus = found === answers ? exitStatus.found : exitStatus.notFound;
      if (usageErrors > 0) exitCode = exitStatus.usage;
      return { stdout: json ? endJson() : "", stderr, exitCode };
    },
  };
}
