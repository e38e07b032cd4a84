import { allStatuses } from "../status-info.js";

/** The shells `statuskit completion` writes a script for. */
export const shells = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof shells)[number];

/** Options as completion offers them: every spelling, and what the option does. */
export type CompletionOptions = readonly (readonly [flags: readonly string[], summary: string])[];

/** What completes after `statuskit`: options, subcommands (each with its own options), classes and constant names. */
export interface CompletionWords {
  readonly options: CompletionOptions;
  readonly subcommands: readonly (readonly [name: string, summary: string, options: CompletionOptions])[];
}

/** The subcommands that take options of their own, with their flags. */
const withOptions = (completion: CompletionWords) =>
  completion.subcommands
    .filter(([, , options]) => options.length > 0)
    .map(([name, , options]) => [name, options.flatMap(([flags]) => flags), options] as const);

const classes = ["1xx", "2xx", "3xx", "4xx", "5xx"];
const constants = (): string[] => allStatuses().flatMap((info) => [info.constant, ...info.aliases]);

// Words with no quote or space (options, names), so they need no escaping in any shell.
const words = (items: readonly string[]): string => items.join(" ");

function bash(completion: CompletionWords): string {
  const options = completion.options.flatMap(([flags]) => flags);
  const subcommands = completion.subcommands.map(([name]) => name);
  return `# statuskit completion for bash. Load it with:
#   eval "$(statuskit completion bash)"
# or save it as ~/.local/share/bash-completion/completions/statuskit
_statuskit() {
  local current="\${COMP_WORDS[COMP_CWORD]}"
  if [[ \${COMP_CWORD} -ge 2 && "\${COMP_WORDS[1]}" == completion ]]; then
    COMPREPLY=($(compgen -W "${words(shells)}" -- "$current"))
    return
  fi
${withOptions(completion)
  .map(
    ([name, flags]) => `  if [[ \${COMP_CWORD} -ge 2 && "\${COMP_WORDS[1]}" == ${name} ]]; then
    COMPREPLY=($(compgen -W "${words(flags)}" -- "$current"))
    return
  fi
`,
  )
  .join("")}  local words="${words(options)} ${words(classes)} ${words(constants())}"
  if [[ \${COMP_CWORD} -eq 1 ]]; then words="${words(subcommands)} $words"; fi
  COMPREPLY=($(compgen -W "$words" -- "$current"))
}
complete -F _statuskit statuskit
`;
}

function zsh(completion: CompletionWords): string {
  const quote = (text: string) => text.replace(/'/g, "'\\''").replace(/[[\]]/g, "\\$&");
  const options = completion.options.map(([flags, summary]) => {
    const spec = flags.length === 1 ? flags[0] : `(${flags.join(" ")})'{${flags.join(",")}}'`;
    return `    '${spec}[${quote(summary)}]'`;
  });
  const subcommands = completion.subcommands.map(([name, summary]) => `'${name}:${quote(summary)}'`);
  return `#compdef statuskit
# statuskit completion for zsh. Load it with:
#   eval "$(statuskit completion zsh)"
# or save it as _statuskit in a directory on your $fpath
_statuskit() {
  if (( CURRENT > 2 )) && [[ \${words[2]} == completion ]]; then
    compadd ${words(shells)}
    return
  fi
${withOptions(completion)
  .map(
    ([name, , options]) => `  if (( CURRENT > 2 )) && [[ \${words[2]} == ${name} ]]; then
    local -a options=(${options.flatMap(([flags, summary]) => flags.map((flag) => `'${flag}:${quote(summary)}'`)).join(" ")})
    _describe option options
    return
  fi
`,
  )
  .join("")}  _arguments -s \\
${options.join(" \\\n")} \\
    '*:code or name:->input'
  if (( CURRENT == 2 )); then
    local -a subcommands=(${subcommands.join(" ")})
    _describe subcommand subcommands
  fi
  compadd ${words(classes)} ${words(constants())}
}
if [[ "\${funcstack[1]}" == _statuskit ]]; then _statuskit "$@"; else compdef _statuskit statuskit; fi
`;
}

function fish(completion: CompletionWords): string {
  const quote = (text: string) => `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
  const flagParts = (flags: readonly string[]) =>
    flags.map((flag) => (flag.startsWith("--") ? `-l ${flag.slice(2)}` : `-s ${flag.slice(1)}`)).join(" ");
  const options = completion.options
    .filter(([flags]) => flags.some((flag) => flag !== "--"))
    .map(([flags, summary]) => `complete -c statuskit ${flagParts(flags)} -d ${quote(summary)}`);
  const subcommands = completion.subcommands.map(
    ([name, summary]) => `complete -c statuskit -n __fish_use_subcommand -a ${name} -d ${quote(summary)}`,
  );
  const subcommandOptions = withOptions(completion).flatMap(([name, , options]) =>
    options.map(
      ([flags, summary]) =>
        `complete -c statuskit -n '__fish_seen_subcommand_from ${name}' ${flagParts(flags)} -d ${quote(summary)}`,
    ),
  );
  const input = `-n 'not __fish_seen_subcommand_from ${completion.subcommands.map(([name]) => name).join(" ")}'`;
  const codes = allStatuses().map((info) => `complete -c statuskit ${input} -a ${info.code} -d ${quote(info.phrase)}`);
  return `# statuskit completion for fish. Load it with:
#   statuskit completion fish | source
# or save it as ~/.config/fish/completions/statuskit.fish
complete -c statuskit -f
${options.join("\n")}
${subcommands.join("\n")}
${subcommandOptions.join("\n")}
complete -c statuskit -n '__fish_seen_subcommand_from completion' -a '${words(shells)}'
complete -c statuskit ${input} -a ${quote(words(classes))}
${codes.join("\n")}
complete -c statuskit ${input} -a ${quote(words(constants()))}
`;
}

/**
 * The completion script for `shell`: options, subcommands, the classes and
 * every constant name (fish also offers each code with its phrase).
 */
export function completionScript(shell: Shell, completion: CompletionWords): string {
  if (shell === "bash") return bash(completion);
  if (shell === "zsh") return zsh(completion);
  return fish(completion);
}
