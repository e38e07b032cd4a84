import { readdirSync, readFileSync } from "node:fs";

/** One ```ts example, from a doc comment (its `*` prefixes removed) or a Markdown file. */
export interface Example {
  /** The file, relative to the repository's root. */
  readonly file: string;
  /** The line the example starts on. */
  readonly line: number;
  readonly code: string;
}

/** Every ```ts example in `file` (relative to the repository's root), in order. */
export function examplesIn(file: string): Example[] {
  const text = readFileSync(new URL(`../${file}`, import.meta.url), "utf8");
  const examples: Example[] = [];
  const pattern = /```ts\n([\s\S]*?)```/g;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const code = (match[1] ?? "")
      .split("\n")
      .map((line) => line.replace(/^\s*\* ?/, ""))
      .join("\n");
    examples.push({ file, line: text.slice(0, match.index).split("\n").length, code });
  }
  return examples;
}

/** The Markdown pages whose examples run as tests: the README and every page in docs/. */
export const markdownPages: readonly string[] = [
  "README.md",
  ...readdirSync(new URL("../docs/", import.meta.url))
    .filter((file) => file.endsWith(".md"))
    .map((file) => `docs/${file}`),
];

/** Every TypeScript source under src/, as paths relative to the repository's root. */
export const sourceFiles: readonly string[] = readdirSync(new URL("../src/", import.meta.url), {
  recursive: true,
  encoding: "utf8",
})
  .filter((file) => file.endsWith(".ts"))
  .map((file) => `src/${file}`);
