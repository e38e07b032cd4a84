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

/** One argument's share of what `parseArgs` read: a group of short options (`-hv`) is several tokens. */
type Token = { readonly kind: string; readonly name?: string; readonly inlineValue?: boolean | undefined };

/**
 * The option an argument spells, or `undefined` when it spells none: one
 * option per argument, without a value (`--json=yes` and `-hv` are unknown).
 * `-V` is `--version` too, as many tools spell it.
 */
function optionOf(argument: string, tokens: readonly Token[]): keyof typeof options | undefined {
  if (argument === "-V") return "version";
  const [token] = tokens;
  if (tokens.length !== 1 || token?.name === undefined || token.inlineValue !== undefined) return undefined;
  return Object.hasOwn(options, token.name) ? (token.name as keyof typeof options) : undefined;
}

/**
 * Reads the arguments (without `node` and the script). Options may come
 * anywhere; `--` ends them. A leading `-` followed by a digit is an argument
 * (`-1`), not an option, and `-` alone stands for standard input. A first
 * argument in `subcommands` starts that subcommand.
 */
export function parseArguments(argv: readonly string[], subcommands: ReadonlySet<string>): Parsed {
  const json = asksForJson(argv);
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const byArgument = argv.map((): Token[] => []);
  for (const token of tokens) byArgument[token.index]?.push(token);
  const given = new Set<keyof typeof options>();
  const positional: string[] = [];
  for (const [index, argument] of argv.entries()) {
    const own = byArgument[index] ?? [];
    if (own[0]?.kind === "option-terminator") continue;
    if (own[0]?.kind === "positional" || isDigitAt(argument, 1)) {
      positional.push(argument);
      continue;
    }
    const option = optionOf(argument, own);
    if (option === undefined) return { ok: false, json, message: unknownOption(argument) };
    given.add(option);
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
