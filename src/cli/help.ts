import { wrap } from "./text.js";

/** A section of the help: a title and paragraphs; a paragraph that is a list holds its items. */
export interface HelpSection {
  readonly title: string;
  readonly paragraphs: readonly (string | readonly (readonly [term: string, text: string])[])[];
}

/** What `statuskit serve` is, as the usage and the completions say it. */
export const serveSummary = "a status server for HTTP tests";

/**
 * Everything `statuskit --help` and `man statuskit` say, once. `helpText`
 * renders it for a terminal and `manPage` as roff, so the two cannot drift.
 * A new subcommand adds its line to `usage` (and its words to `examples`).
 */
export const helpDocument = {
  name: "statuskit",
  summary: "look up HTTP status codes by number, name or phrase",
  usage: [
    ["statuskit <code | name | phrase | class>...", "describe each one"],
    ["statuskit search <words>...", "find codes by what they mean"],
    ["statuskit completion bash|zsh|fish", "print a shell completion script"],
    ["statuskit serve [options]", `${serveSummary} (statuskit serve --help)`],
    ["statuskit", "the whole table, by class"],
    ["<command> | statuskit [-]", "explain each line of standard input"],
  ],
  options: [
    ["--json", "print exactly one JSON value on stdout (see JSON below)"],
    ["-h, --help", "show this help (also: statuskit help)"],
    ["-V, -v, --version", "print the version"],
    ["--", "end the options: what follows is input"],
  ],
  /** The options of `statuskit serve`, which `statuskit serve --help` lists too. */
  serveOptions: [
    ["--port N", "port to listen on; 0 (the default) picks a free one"],
    [
      "--host H",
      "address to listen on; 127.0.0.1 by default (0.0.0.0 exposes the server to the network, with a warning)",
    ],
    ["--seed N", "repeat every random choice from run to run (0 to 4294967295)"],
    ["--quiet", "no line per request"],
    ["--json", 'print {"url":...,"port":...,"seed":...} as the first line, then one JSON line per request'],
    ["-h, --help", "show this help"],
  ],
  sections: [
    {
      title: "Words and phrases",
      paragraphs: [
        "Words are read as phrases first, the longest run that names a code winning: statuskit not found is 404 Not Found, statuskit too many requests is 429, and statuskit 404 Not Found and statuskit 200 OK are one status line each, not 404 and 302 or 200 twice. Arguments that each name something and form no longer phrase are answered one by one (statuskit 200 404). Words that belong to no known phrase get one message with the closest names; a word such as found is never answered on its own when it sits among them. Quoting a phrase works too.",
        'A status line (HTTP/1.1 404 File Not Found) is read as RFC 9112 writes it: the three digits decide, whatever the phrase, and a phrase that is not the standard one is shown beside it (200 OK (sent as "Connection established")).',
        "Input longer than 256 characters names nothing and is answered at once.",
      ],
    },
    {
      title: "Search",
      paragraphs: [
        'search matches the phrases, constant names and descriptions, and the words people use for a situation ("rate limited", "upload too big", "not logged in"). Registered codes come first, then unofficial ones by how well their origin is sourced. A long word may carry a typo.',
      ],
    },
    {
      title: "Standard input",
      paragraphs: [
        "With no arguments and input that is not a terminal, or with - as an argument, statuskit reads standard input: one code, name or status line per line, or the head of an HTTP response (curl -sI https://example.org | statuskit), whose status lines it explains and whose header lines it skips. Each line is answered as it arrives (tail -f access.log | statuskit). Empty input gives the whole table; a line longer than 1 MiB is a usage error for that line, and the lines after it are read. The first 10 lines that name nothing get suggestions; later ones get the message alone, and a count at the end.",
      ],
    },
    {
      title: "Unofficial codes",
      paragraphs: [
        "Unofficial codes (nginx's 499, Cloudflare's 522, ...) are labelled with their origin and how well that origin is sourced, and never replace a registered meaning.",
      ],
    },
    {
      title: "JSON",
      paragraphs: [
        "With --json, stdout holds exactly one JSON value, whatever happens; messages still go to stderr.",
        [
          ["one code", "the object statusInfo(code) returns, or null when the input names nothing"],
          ["anything else", "an array: several inputs, a class, a search, the table (empty when nothing is found)"],
          ["--help", '{"help": "<this text>"}'],
          ["--version", '{"version": "<version>"}'],
          ["a usage error", '{"error": {"kind": "usage", "message": "<the message>"}}'],
          ["an internal error", 'the same, with "kind": "internal"'],
        ],
      ],
    },
    {
      title: "Exit status",
      paragraphs: [
        [
          ["0", "everything asked was found (even if the reader of stdout went away)"],
          ["1", "something was not found"],
          ["2", "usage error"],
          ["3", "internal error (a bug in statuskit)"],
          ["4", "the output could not be written: a full disk, an I/O error (not a reader that went away)"],
        ],
      ],
    },
    {
      title: "Environment",
      paragraphs: [
        "Colours only on a terminal; NO_COLOR=1 turns them off, FORCE_COLOR=1 on and FORCE_COLOR=0 off. Tables use the terminal's width up to 120 columns, and 80 when piped.",
      ],
    },
  ] satisfies readonly HelpSection[] as readonly HelpSection[],
  examples: [
    ["statuskit 418", "one code"],
    ["statuskit not found", "a reason phrase, in any case"],
    ["statuskit TOO_MANY_REQUESTS", "a constant name (HTTP_429_... too)"],
    ["statuskit 4xx", "every code in a class"],
    ["statuskit 200 404 503", "several at once"],
    ["statuskit 499", "an unofficial code, labelled"],
    ["statuskit search rate limited", "search by meaning"],
    ["curl -sI https://example.org | statuskit", "explain a response's status"],
    ["statuskit --json 429", "machine-readable"],
  ],
} as const;

const width = 80;

function twoColumns(rows: readonly (readonly [string, string])[], indent: number): string[] {
  const column = Math.max(...rows.map(([term]) => term.length)) + indent + 3;
  return rows.flatMap(([term, text]) => {
    const lead = `${" ".repeat(indent)}${term}`;
    const [first = "", ...rest] = wrap(text, width, " ".repeat(column));
    const firstText = first.trimStart();
    if (lead.length + 2 > column) return [lead, `${" ".repeat(column)}${firstText}`, ...rest];
    return [`${lead.padEnd(column)}${firstText}`, ...rest];
  });
}

/** Rows of terms and text, as the help lays them out: the terms in a column two spaces in. */
export const helpRows = (rows: readonly (readonly [string, string])[]): string[] => twoColumns(rows, 2);

let rendered: string | undefined;

/**
 * The text of `statuskit --help`: usage, options, the rules, examples; fits
 * 80 columns. Rendered on first use, not at start-up, which `statuskit 404`
 * should not pay for.
 */
export function helpText(): string {
  rendered ??= render();
  return rendered;
}

const render = (): string =>
  [
    `${helpDocument.name}: ${helpDocument.summary}.`,
    "",
    "Usage",
    ...twoColumns(helpDocument.usage, 2),
    "",
    "Options",
    ...twoColumns(helpDocument.options, 2),
    "",
    "Options of statuskit serve",
    ...twoColumns(helpDocument.serveOptions, 2),
    ...helpDocument.sections.flatMap((section) => [
      "",
      section.title,
      ...section.paragraphs.flatMap((paragraph, index) => [
        ...(index > 0 ? [""] : []),
        ...(typeof paragraph === "string" ? wrap(paragraph, width, "  ") : twoColumns(paragraph, 2)),
      ]),
    ]),
    "",
    "Examples",
    ...twoColumns(helpDocument.examples, 2),
    "",
  ].join("\n");

/** Text escaped for roff: backslashes, and a leading dot or quote that would read as a request. */
const roff = (text: string): string =>
  text
    .replace(/\\/g, "\\e")
    .replace(/-/g, "\\-")
    .replace(/^([.'])/, "\\&$1");

/**
 * The man page, `man statuskit`, in roff: the same text as `--help`. Written to
 * dist/statuskit.1 by `npm run build` and shipped through package.json's
 * `man` field.
 */
export function manPage(): string {
  const list = (rows: readonly (readonly [string, string])[]): string[] =>
    rows.flatMap(([term, text]) => [".TP", `.B ${roff(term)}`, roff(text)]);
  return [
    '.TH STATUSKIT 1 "" "statuskit" "User Commands"',
    ".SH NAME",
    `statuskit \\- ${roff(helpDocument.summary)}`,
    ".SH SYNOPSIS",
    ...helpDocument.usage.flatMap(([usage], index) => [...(index > 0 ? [".br"] : []), `.B ${roff(usage)}`]),
    ".SH DESCRIPTION",
    ...helpDocument.usage.flatMap(([usage, text]) => [".TP", `.B ${roff(usage)}`, roff(text)]),
    ".SH OPTIONS",
    ...list(helpDocument.options),
    ".SH SERVE OPTIONS",
    ...list(helpDocument.serveOptions),
    ...helpDocument.sections.flatMap((section) => [
      `.SH ${roff(section.title.toUpperCase())}`,
      ...section.paragraphs.flatMap((paragraph, index) => [
        ...(index > 0 ? [".PP"] : []),
        ...(typeof paragraph === "string" ? [roff(paragraph)] : list(paragraph)),
      ]),
    ]),
    ".SH EXAMPLES",
    ...helpDocument.examples.flatMap(([command, text]) => [".TP", `.B ${roff(command)}`, roff(text)]),
    "",
  ].join("\n");
}
