import { type CompletionOptions, type CompletionWords, completionScript, type Shell, shells } from "./completion.js";
import { formatJson, jsonEntry } from "./format-json.js";
import { formatRows, type Layout } from "./format-text.js";
import { helpDocument, helpText, serveSummary } from "./help.js";
import { type CodeAnswer, codeAnswer } from "./lookup.js";
import { exitStatus, failure, message, type Outcome } from "./outcome.js";
import { longestQuery, search } from "./search.js";
import { quoteInput } from "./text.js";

/** What every subcommand is given besides its words. */
export interface CommandContext {
  readonly json: boolean;
  readonly layout: Layout;
  readonly version: string;
}

/** A subcommand: `statuskit <name> <words>...`. */
export interface Subcommand {
  readonly summary: string;
  readonly run: (words: readonly string[], context: CommandContext) => Outcome;
}

/** `statuskit --help`, also as `statuskit help`. */
export function helpOutcome(json: boolean): Outcome {
  const text = helpText();
  return { stdout: json ? `${formatJson({ help: text })}\n` : text, stderr: "", exitCode: exitStatus.found };
}

function searchCommand(words: readonly string[], { json, layout }: CommandContext): Outcome {
  if (words.length === 0) return failure("usage", "search needs words, as in: statuskit search rate limited", json);
  const query = words.join(" ");
  const found = [...new Set(search(query).map((meaning) => meaning.code))].map(
    (code) => codeAnswer(code) as CodeAnswer,
  );
  if (found.length === 0) {
    const why = query.length > longestQuery ? `: a search reads at most ${longestQuery} characters` : "";
    return {
      stdout: json ? "[]\n" : "",
      stderr: message(`nothing matches ${quoteInput(query)}${why}`),
      exitCode: exitStatus.notFound,
    };
  }
  const stdout = json ? formatJson(found.map(jsonEntry)) : formatRows(found, layout).join("\n");
  return { stdout: `${stdout}\n`, stderr: "", exitCode: exitStatus.found };
}

const isShell = (word: string | undefined): word is Shell => shells.some((shell) => shell === word);

function completionCommand(words: readonly string[], { json }: CommandContext): Outcome {
  const [shell, ...extra] = words;
  if (!isShell(shell) || extra.length > 0) {
    return failure(
      "usage",
      `completion needs one shell: ${shells.join(", ")} (as in: statuskit completion bash)`,
      json,
    );
  }
  if (json) return failure("usage", "completion prints a shell script; --json does not apply", json);
  return { stdout: completionScript(shell, completionWords()), stderr: "", exitCode: exitStatus.found };
}

/**
 * The subcommands, by name. `run.ts` dispatches on this table, `--help`
 * lists them through `helpDocument`, and completion offers them: a new
 * subcommand is one entry here and one usage line there.
 */
export const subcommands: ReadonlyMap<string, Subcommand> = new Map<string, Subcommand>([
  ["search", { summary: "find codes by what they mean", run: searchCommand }],
  ["completion", { summary: "print a shell completion script", run: completionCommand }],
  [
    "help",
    {
      summary: "show the help",
      run: (words, { json }) =>
        words.length === 0 ? helpOutcome(json) : failure("usage", "help takes no words (see statuskit --help)", json),
    },
  ],
]);

/** The spellings of each option in a help table ("-h, --help" is -h and --help; "--port N" is --port). */
const completionOptions = (rows: readonly (readonly [string, string])[]): CompletionOptions =>
  rows.map(([flags, summary]) => [flags.split(", ").map((flag) => flag.split(" ")[0] as string), summary] as const);

/**
 * The options and subcommands that completion scripts offer, from the help's
 * tables: the subcommands `run.ts` dispatches, and `serve`, which `main.ts`
 * starts outside them so that a lookup never loads a server.
 */
export function completionWords(): CompletionWords {
  return {
    options: completionOptions(helpDocument.options),
    subcommands: [
      ...[...subcommands].map(([name, command]) => [name, command.summary, []] as const),
      ["serve", serveSummary, completionOptions(helpDocument.serveOptions)] as const,
    ],
  };
}
