import { allStatuses } from "../status-info.js";

/** The shells `statuskit completion` writes a script for. */
export const shells = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof shells)[number];

/** What completes after `statuskit`: options, subcommands, classes and constant names. */
export interface CompletionWords {
  readonly options: readonly (readonly [flags: readonly string[], summary: string])[];
  readonly subcommands: readonly (readonly [name: string, summary: string])[];
}

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
  local words="${words(options)} ${words(classes)} ${words(constants())}"
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
  _arguments -s \\
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
  const options = completion.options
    .filter(([flags]) => flags.some((flag) => flag !== "--"))
    .map(([flags, summary]) => {
      const parts = flags.map((flag) => (flag.startsWith("--") ? `-l ${flag.slice(2)}` : `-s ${flag.slice(1)}`));
      return `complete -c statuskit ${parts.join(" ")} -d ${quote(summary)}`;
    });
  const subcommands = completion.subcommands.map(
    ([name, summary]) => `complete -c statuskit -n __fish_use_subcommand -a ${name} -d ${quote(summary)}`,
  );
  const input = "-n 'not __fish_seen_subcommand_from completion search'";
  const codes = allStatuses().map((info) => `complete -c statuskit ${input} -a ${info.code} -d ${quote(info.phrase)}`);
  return `# statuskit completion for fish. Load it with:
#   statuskit completion fish | source
# or save it as ~/.config/fish/completions/statuskit.fish
complete -c statuskit -f
${options.join("\n")}
${subcommands.join("\n")}
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
