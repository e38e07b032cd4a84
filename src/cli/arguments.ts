import { parseArgs } from "node:util";
import { isDigitAt } from "../http-syntax.js";
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

const options = {
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

/** The spellings `unknownOption` offers as "did you mean". */
const longOptions = Object.keys(options).map((name) => `--${name}`);

function unknownOption(argument: string): string {
  // editDistance answers at once for a name far longer than every option.
  const [head = argument] = argument.split("=", 1);
  const close = longOptions.find((option) => editDistance(head, option, 2) <= 2);
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
 * anywhere; `--` ends them. An argument is one option, without a value:
 * `-hv` and `--json=yes` are unknown; `-V` is `--version` too, as many tools
 * spell it. A leading `-` followed by a digit is an argument (`-1`), not an
 * option, and `-` alone stands for standard input. A first argument in
 * `subcommands` starts that subcommand.
 */
export function parseArguments(argv: readonly string[], subcommands: ReadonlySet<string>): Parsed {
  const json = asksForJson(argv);
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const given = new Set<string>();
  const positional: string[] = [];
  let previous = -1;
  for (const token of tokens) {
    // A group of short options (`-hv`, or `-12` read as one) is one token per letter.
    const argument = argv[token.index] as string;
    const first = token.index !== previous;
    previous = token.index;
    if (token.kind === "option-terminator") continue;
    if (token.kind === "positional" || isDigitAt(argument, 1)) {
      if (first) positional.push(argument);
    } else if (argument === "-V") {
      given.add("version");
    } else if (token.rawName === argument && Object.hasOwn(options, token.name)) {
      given.add(token.name);
    } else {
      return { ok: false, json, message: unknownOption(argument) };
    }
  }
  if (given.has("help")) return { ok: true, json, command: { kind: "help" } };
  if (given.has("version")) return { ok: true, json, command: { kind: "version" } };
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
