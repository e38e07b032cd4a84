import { editDistance } from "./edit-distance.js";
import { quoteInput } from "./text.js";

/** What the command line asks for. */
export type Command =
  | { readonly kind: "help" }
  | { readonly kind: "version" }
  /** Describe each input; no inputs means the whole table. */
  | { readonly kind: "lookup"; readonly inputs: readonly string[]; readonly json: boolean }
  | { readonly kind: "search"; readonly words: readonly string[]; readonly json: boolean };

/** The parsed command, or a usage error (exit code 2) with its one-line message. */
export type Parsed =
  | { readonly ok: true; readonly command: Command }
  | { readonly ok: false; readonly message: string };

const options = ["--json", "--help", "--version", "-h", "-v"] as const;

function unknownOption(argument: string): string {
  const [head = argument] = argument.split("=");
  const close = options.find((option) => option.length > 2 && editDistance(head, option, 2) <= 2);
  const hint = close === undefined ? "" : `; did you mean ${close}?`;
  return `unknown option ${quoteInput(argument)}${hint} (see statuskit --help)`;
}

/**
 * Reads the arguments (without `node` and the script). Options may come
 * anywhere; `--` ends them. A leading `-` followed by a digit is an argument
 * (`-1`), not an option. The first argument `search` starts a search.
 */
export function parseArguments(argv: readonly string[]): Parsed {
  let json = false;
  let help = false;
  let version = false;
  const positional: string[] = [];
  let optionsEnded = false;
  for (const argument of argv) {
    if (optionsEnded || !argument.startsWith("-") || argument === "-" || /^-\d/.test(argument)) {
      positional.push(argument);
    } else if (argument === "--") optionsEnded = true;
    else if (argument === "--json") json = true;
    else if (argument === "--help" || argument === "-h") help = true;
    else if (argument === "--version" || argument === "-v") version = true;
    else return { ok: false, message: unknownOption(argument) };
  }
  if (help) return { ok: true, command: { kind: "help" } };
  if (version) return { ok: true, command: { kind: "version" } };
  if (positional.some((argument) => argument.trim() === "")) {
    return { ok: false, message: "an argument is empty; give a code, a name or a phrase (see statuskit --help)" };
  }
  if (positional[0] === "search") {
    const words = positional.slice(1);
    if (words.length === 0) return { ok: false, message: "search needs words, as in: statuskit search too many" };
    return { ok: true, command: { kind: "search", words, json } };
  }
  return { ok: true, command: { kind: "lookup", inputs: positional, json } };
}
