// Lint time of eslint-plugin-statuskit's rules against ESLint's own
// no-magic-numbers on a generated codebase, in one process and one run:
// `npm run bench` at the repository root runs it as a section of BENCHMARKS.md;
// `npm run bench` here prints it alone.
import { Linter, type Rule } from "eslint";
import plugin from "../src/index.js";

const statusCodes = [200, 201, 204, 301, 302, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503];
const otherNumbers = [120, 250, 300, 365, 480, 512, 550, 128, 404, 200];

/**
 * One generated module: Express, Hono, SvelteKit and fetch handlers, a client,
 * tests, retry lists, an error class and a status helper, with statuses among
 * timeouts, sizes and limits.
 */
function generatedModule(index: number): string {
  const code = (offset: number) => statusCodes[(index + offset) % statusCodes.length];
  const other = (offset: number) => otherNumbers[(index * 3 + offset) % otherNumbers.length];
  const lines = [
    `import express from "express";`,
    `import { Hono } from "hono";`,
    `import { error } from "@sveltejs/kit";`,
    `const app = express();`,
    `const hono = new Hono();`,
    `const limits = { timeout: ${other(0)}, maxItems: ${other(1)}, retries: 3, pageSize: ${other(2)} };`,
  ];
  for (let route = 0; route < 8; route++) {
    lines.push(
      `app.get("/items/${index}/${route}", async (req, res) => {`,
      `  const items = await load(req.params.id, { timeout: ${other(route)} });`,
      `  if (items.length > ${other(route + 1)}) return res.status(${code(route)}).json({ error: "too many" });`,
      `  for (let i = 0; i < ${other(route + 2)}; i++) items[i].rank = i * 2;`,
      `  res.status(${code(route + 1)}).json(items.slice(0, ${other(route + 3)}));`,
      `});`,
      `hono.get("/h/${index}/${route}", (c) => c.json({ size: ${other(route)} }, ${code(route + 2)}));`,
      `export async function handler${route}(request) {`,
      `  await new Promise((resolve) => setTimeout(resolve, ${other(route + 4)}));`,
      `  return Response.json({ ok: true, width: ${other(route + 5)} }, { status: ${code(route + 3)} });`,
      `}`,
      `export async function client${route}(url) {`,
      `  const response = await fetch(url);`,
      `  if (response.status === ${code(route + 4)}) return undefined;`,
      `  switch (response.status) { case ${code(route + 5)}: return response.json(); default: return null; }`,
      `}`,
      `export const load${route} = ({ user }) => { if (!user) throw error(${code(route + 6)}, "no"); return { width: ${other(route + 7)} }; };`,
      `const retry${route} = { statusCodes: [${code(route)}, ${code(route + 7)}], delays: [${other(route)}, ${other(route + 8)}] };`,
      `class Failure${route} extends Error { status = ${code(route + 8)}; timeout = ${other(route + 9)}; }`,
      `function statusFor${route}(failure) { return failure.missing ? ${code(route + 9)} : ${code(route + 10)}; }`,
      `hono.get("/s/${index}/${route}", handler, { response: { ${code(route + 11)}: schema }, sizes: [${other(route + 1)}, ${other(route + 2)}] });`,
      `test("route ${route}", async () => {`,
      `  const res = await request(app).get("/items/${index}/${route}").expect(${code(route)});`,
      `  expect(res.status).toBe(${code(route)});`,
      `  expect(res.body.length).toBe(${other(route + 6)});`,
      `});`,
    );
  }
  return lines.join("\n");
}

const languageOptions = { ecmaVersion: "latest", sourceType: "module" } as const;
// With no rule at all ESLint skips its traversal; a rule that listens to
// nothing gives the floor that every rule pays (parse, scopes, traversal).
const emptyRule: Rule.RuleModule = { meta: { schema: [] }, create: () => ({}) };
const floorName = "floor: a rule that does nothing";
const configs: Record<string, Linter.Config[]> = {
  [floorName]: [
    { languageOptions, plugins: { floor: { rules: { empty: emptyRule } } }, rules: { "floor/empty": "error" } },
  ],
  "no-magic-numbers": [{ languageOptions, rules: { "no-magic-numbers": "error" } }],
  "statuskit (both rules)": [
    {
      languageOptions,
      plugins: { statuskit: plugin },
      rules: { "statuskit/no-bare-status-code": "error", "statuskit/prefer-statuskit": "error" },
    },
  ],
};

const median = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** What the root benchmark runner needs from a section. */
export interface LintTimeSection {
  title: string;
  markdown: string;
  targets: { name: string; ratio: number | undefined; limit: number; basis: string }[];
}

/** Lints `files` generated modules `rounds` times with each config, interleaved, and reports medians and ratios. */
export function lintTime({ files, rounds }: { files: number; rounds: number }): LintTimeSection {
  const sources = Array.from({ length: files }, (_, index) => generatedModule(index));
  const lineCount = sources.reduce((sum, source) => sum + source.split("\n").length, 0);
  const linter = new Linter();
  const samples = new Map<string, number[]>(Object.keys(configs).map((name) => [name, []]));
  const problems = new Map<string, number>();
  for (let round = 0; round < rounds + 1; round++) {
    for (const [name, config] of Object.entries(configs)) {
      let count = 0;
      const start = performance.now();
      for (const [index, source] of sources.entries())
        count += linter.verify(source, config, { filename: `m${index}.js` }).length;
      const elapsed = performance.now() - start;
      // The first round warms up the JIT and is not counted.
      if (round > 0) samples.get(name)?.push(elapsed);
      problems.set(name, count);
    }
  }
  const time = (name: string) => median(samples.get(name) ?? []);
  const base = time(floorName);
  const magic = time("no-magic-numbers");
  const statuskit = time("statuskit (both rules)");
  const ratio = statuskit / magic;
  // An own time within 2% of the floor is noise, and a ratio of two noises means nothing.
  const noise = 0.02 * base;
  const ownRatio =
    magic - base > noise
      ? `**${((statuskit - base) / (magic - base)).toFixed(2)}x**`
      : `not measurable here (no-magic-numbers' own time, ${(magic - base).toFixed(0)} ms, is within the noise of the floor; statuskit's is ${(statuskit - base).toFixed(0)} ms)`;
  const rows = Object.keys(configs).map((name) => `| ${name} | ${time(name).toFixed(0)} | ${problems.get(name)} |`);
  const markdown = [
    `${files} generated modules (${lineCount} lines of Express, Hono, SvelteKit and fetch handlers, clients, tests, retry lists, error classes and status helpers, with statuses among timeouts, sizes and limits), linted in one process by ESLint's \`Linter\`, ${rounds} rounds per config after a warm-up round, interleaved; median CPU milliseconds per round.`,
    "",
    "| config | ms | problems reported |",
    "| --- | --- | --- |",
    ...rows,
    "",
    `Whole lint, statuskit / no-magic-numbers: **${ratio.toFixed(2)}x**. The rules' own time (the floor taken away), statuskit / no-magic-numbers: ${ownRatio}.`,
  ].join("\n");
  return {
    title: "Lint time: eslint-plugin-statuskit against no-magic-numbers",
    markdown,
    targets: [
      {
        name: "eslint-plugin-statuskit lint time",
        ratio,
        limit: 1,
        basis: "statuskit's rules / no-magic-numbers, whole lint",
      },
    ],
  };
}

if (process.argv[1]?.endsWith("lint-time.ts")) {
  const smoke = process.argv.includes("--smoke");
  const section = lintTime(smoke ? { files: 10, rounds: 1 } : { files: 100, rounds: 9 });
  process.stdout.write(`# ${section.title}\n\n${section.markdown}\n`);
}
