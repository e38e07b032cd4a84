import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { processTimeout, runCli } from "./run-cli.js";

const help = runCli(["--help"]).stdout;

/** The lines of a section of --help, up to the next blank line. */
const section = (title: string): string[] => {
  const lines = help.split("\n");
  const start = lines.indexOf(title);
  const end = lines.indexOf("", start);
  return lines.slice(start + 1, end);
};

const subcommandsInHelp = section("Usage")
  .map((line) => /^ {2}statuskit ([a-z]+)\b/.exec(line)?.[1])
  .filter((name): name is string => name !== undefined);
const flagsIn = (title: string): string[] =>
  section(title).flatMap((line) =>
    (/^ {2}(-[^ ,]+(?:, -[^ ,]+)*)/.exec(line)?.[1] ?? "")
      .split(", ")
      .filter((flag) => /^-./.test(flag) && flag !== "--"),
  );
const optionsInHelp = flagsIn("Options");
const serveOptionsInHelp = flagsIn("Options of statuskit serve");

const has = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
const directory = mkdtempSync(join(tmpdir(), "statuskit-completion-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const scriptFile = (shell: string) => {
  const file = join(directory, `statuskit.${shell}`);
  writeFileSync(file, runCli(["completion", shell]).stdout);
  return file;
};

describe("every subcommand and option in --help is completable", () => {
  it("finds them in --help: serve and its options among them", () => {
    expect(subcommandsInHelp).toEqual(expect.arrayContaining(["search", "completion", "serve"]));
    expect(optionsInHelp).toEqual(expect.arrayContaining(["--json", "-h", "--help", "-V", "-v", "--version"]));
    expect(serveOptionsInHelp).toEqual(["--port", "--host", "--seed", "--quiet", "--json", "-h", "--help"]);
  });

  it("in bash", () => {
    const file = scriptFile("bash");
    const complete = (words: string) =>
      spawnSync(
        "bash",
        [
          "-c",
          `source ${file}; COMP_WORDS=(${words}); COMP_CWORD=$(( \${#COMP_WORDS[@]} - 1 )); _statuskit; echo "\${COMPREPLY[*]}"`,
        ],
        { encoding: "utf8", timeout: processTimeout },
      )
        .stdout.trim()
        .split(" ");
    for (const name of subcommandsInHelp) expect(complete(`statuskit ${name.slice(0, 2)}`), name).toContain(name);
    for (const flag of optionsInHelp) expect(complete(`statuskit ${flag}`), flag).toContain(flag);
    for (const flag of serveOptionsInHelp) expect(complete(`statuskit serve ${flag}`), flag).toContain(flag);
    expect(complete("statuskit se").sort()).toEqual(["search", "serve"]);
    expect(complete('statuskit serve ""')).toEqual(serveOptionsInHelp);
  });

  it.skipIf(!has("fish"))("in fish", () => {
    const file = scriptFile("fish");
    const complete = (line: string) =>
      spawnSync("fish", ["-c", `source ${file}; complete -C ${JSON.stringify(line)}`], {
        encoding: "utf8",
        timeout: processTimeout,
      })
        .stdout.split("\n")
        .map((entry) => entry.split("\t")[0]);
    const top = complete("statuskit ");
    for (const name of subcommandsInHelp) expect(top, name).toContain(name);
    // fish offers a whole short option only from "-" (from "-h" it offers "-hv", the pair).
    const typed = (flag: string) => (flag.startsWith("--") ? flag : "-");
    for (const flag of optionsInHelp) expect(complete(`statuskit ${typed(flag)}`), flag).toContain(flag);
    for (const flag of serveOptionsInHelp) expect(complete(`statuskit serve ${typed(flag)}`), flag).toContain(flag);
    expect(complete("statuskit serve --p")).toContain("--port");
    expect(complete("statuskit se")).toEqual(expect.arrayContaining(["search", "serve"]));
  });

  it.skipIf(!has("zsh"))("in zsh, its completion functions standing in to record what is offered", () => {
    const file = scriptFile("zsh");
    const offered = (...words: string[]) =>
      spawnSync(
        "zsh",
        [
          "-c",
          [
            "compdef() { :; }",
            'compadd() { print -rl -- "$@"; }',
            `_describe() { print -rl -- "\${(@P)2}"; }`,
            '_arguments() { print -rl -- "$@"; }',
            `source ${file}`,
            `words=(${words.map((word) => JSON.stringify(word)).join(" ")}); CURRENT=${words.length}`,
            "_statuskit",
          ].join("\n"),
        ],
        { encoding: "utf8", timeout: processTimeout },
      ).stdout;
    const top = offered("statuskit", "");
    for (const name of subcommandsInHelp) expect(top, name).toMatch(new RegExp(`^${name}:`, "m"));
    // _arguments is given one spec per spelling: "--json[...]", "(-h --help)-h[...]".
    for (const flag of optionsInHelp) expect(top, flag).toMatch(new RegExp(`(^|\\))${flag}\\[`, "m"));
    const serve = offered("statuskit", "serve", "");
    for (const flag of serveOptionsInHelp) expect(serve, flag).toMatch(new RegExp(`^${flag}:`, "m"));
  });
});
