import { formatJson } from "./format-json.js";

/**
 * The exit statuses, as `--help` and docs/cli.md give them: 0 when everything
 * asked was found, 1 when something was not, 2 for a usage error, 3 for an
 * internal error (a bug), 4 when the output could not be written (a full
 * disk, an I/O error; not a reader that went away).
 */
export const exitStatus = { found: 0, notFound: 1, usage: 2, internal: 3, cannotWrite: 4 } as const;
export type ExitStatus = (typeof exitStatus)[keyof typeof exitStatus];

/** What the CLI answers: the text for each stream and the exit status. */
export interface Outcome {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: ExitStatus;
}

/** A message for stderr: one line, starting "statuskit: ". */
export const message = (text: string): string => `statuskit: ${text}\n`;

/** An error outcome: the message on stderr, and with `--json` the same message as one JSON value on stdout. */
export function failure(kind: "usage" | "internal", text: string, json: boolean): Outcome {
  return {
    stdout: json ? `${formatJson({ error: { kind, message: text } })}\n` : "",
    stderr: message(kind === "internal" ? `internal error: ${text}` : text),
    exitCode: exitStatus[kind],
  };
}
