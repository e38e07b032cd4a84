import { editDistance } from "./edit-distance.js";
import { quoteInput } from "./text.js";

/** What the command line asks for. */
export type Command =
  | { readonly kind: "help" }
  | { readonly kind: "version" }
  /** Describe each input (`-` stands for standard input); no inputs means standard input or the whole table. */
  | { readonly kind: "lookup"; readonly inputs: readonly string[] }
  /** A subcommand (`search`, `completion`, ...) and the words after its name. */
  | { readonly kind: "subcommand"; readonly name: string; readonly words: readonly string[] };

/** The parsed command, or a usage error (exit status 2) with its one-line message; `json` either way. */
export type Parsed =
  | { readonly ok: true; readonly json: boolean; readonly command: Command }
  | { readonly ok: false; readonly json: boolean; readonly message: string };

const options = ["--json", "--help", "--version", "-h", "-v", "-V"] as const;

function unknownOption(argument: string): string {
  // Compared only while short: a long argument is not a mistyped option.
  const [head = argument] = argument.slice(0, 32).split("=");
  const close = options.find((option) => option.length > 2 && editDistance(head, option, 2) <= 2);
  const hint = close === undefined ? "" : `; did you mean ${close}?`;
  return `unknown option ${quoteInput(argument)}${hint} (see statuskit --help)`;
}

/** Whether `--json` is among the options (before any `--`), so that even a usage error can answer in JSON. */
export function asksForJson(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).includes("--json");
}

/**
 * Reads the arguments (without `node` and the script). Options may come
 * anywhere; `--` ends them. A leading `-` followed by a digit is an argument
 * (`-1`), not an option, and `-` alone stands for standard input. A first
 * argument in `subcommands` starts that subcommand.
 */
export function parseArguments(argv: readonly string[], subcommands: ReadonlySet<string>): Parsed {
  const json = asksForJson(argv);
  let help = false;
  let version = false;
  const positional: string[] = [];
  let optionsEnded = false;
  for (const argument of argv) {
    if (optionsEnded || !argument.startsWith("-") || argument === "-" || isDigit(argument[1])) {
      positional.push(argument);
    } else if (argument === "--") optionsEnded = true;
    else if (argument === "--json") continue;
    else if (argument === "--help" || argument === "-h") help = true;
    else if (argument === "--version" || argument === "-v" || argument === "-V") version = true;
    else return { ok: false, json, message: unknownOption(argument) };
  }
  if (help) return { ok: true, json, command: { kind: "help" } };
  if (version) return { ok: true, json, command: { kind: "version" } };
  if (positional.some((argument) => argument.trim() === "")) {
    return {
      ok: false,
      json,
      message: "an argument is empty; give a code, a name or a phrase (see statuskit --help)",
    };
  }
  const [first, ...rest] = positional;
  if (first !== undefined && subcommands.has(first)) {
    return { ok: true, json, command: { kind: "subcommand", name: first, words: rest } };
  }
  return { ok: true, json, command: { kind: "lookup", inputs: positional } };
}

const isDigit = (character: string | undefined): boolean =>
  character !== undefined && character >= "0" && character <= "9";

/**
 * Whether the command reads standard input: a lookup with `-` among its
 * inputs, or with no inputs at all while standard input is not a terminal
 * (`echo 404 | statuskit`, `curl -sI URL | statuskit`).
 */
export function readsStandardInput(parsed: Parsed, stdinIsTerminal: boolean): boolean {
  if (!parsed.ok || parsed.command.kind !== "lookup") return false;
  const { inputs } = parsed.command;
  return inputs.includes("-") || (inputs.length === 0 && !stdinIsTerminal);
}
