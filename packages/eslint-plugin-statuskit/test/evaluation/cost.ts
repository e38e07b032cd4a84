// `npm run evaluate:cost`: the lint time of no-bare-status-code on the
// evaluation set against ESLint's no-magic-numbers on the same files, from
// ESLint's own per-rule times (the `stats` option), so the parse is taken out
// of the rule's figure. Rounds alternate which rule goes first; the first
// round warms up and is not counted. A measurement, not a test: it asserts nothing.
import { Linter } from "eslint";
import { config, manifest, source } from "./score.js";

interface Pass {
  total: number;
  rules?: Record<string, { total: number }>;
}

const rounds = Number(process.argv[2] ?? 5);
const files = manifest.files.map((entry) => ({ file: entry.file, code: source(entry) }));
const [recommended] = config.slice(-1);
const shared = config.slice(0, -1);
const runs = [
  { rule: "statuskit/no-bare-status-code", config: [...shared, recommended] as Linter.Config[] },
  { rule: "no-magic-numbers", config: [...shared, { rules: { "no-magic-numbers": "error" } }] as Linter.Config[] },
];

const totals = runs.map(() => ({ rule: 0, lint: 0 }));
const ratios: number[] = [];
for (let round = 0; round <= rounds; round++) {
  const times = runs.map(() => ({ rule: 0, lint: 0 }));
  const order = round % 2 === 0 ? [0, 1] : [1, 0];
  for (const { file, code } of files) {
    for (const index of order) {
      const run = runs[index] as (typeof runs)[number];
      const linter = new Linter();
      // verifyAndFix is where ESLint 10 records stats; with fix off it lints once.
      linter.verifyAndFix(code, run.config, { filename: file, fix: false, stats: true } as Linter.LintOptions);
      const [pass] = (linter as unknown as { getTimes(): { passes: Pass[] } }).getTimes().passes;
      const time = times[index] as { rule: number; lint: number };
      time.rule += pass?.rules?.[run.rule]?.total ?? 0;
      time.lint += pass?.total ?? 0;
    }
  }
  if (round === 0) continue;
  times.forEach((time, index) => {
    const total = totals[index] as { rule: number; lint: number };
    total.rule += time.rule;
    total.lint += time.lint;
  });
  ratios.push((times[0]?.rule ?? 0) / (times[1]?.rule ?? 1));
}
const [bare, magic] = totals as [{ rule: number; lint: number }, { rule: number; lint: number }];
const sorted = [...ratios].sort((a, b) => a - b);
process.stdout.write(
  `${[
    `${files.length} files, ${rounds} rounds after one to warm up`,
    `rule time: no-bare-status-code ${bare.rule.toFixed(0)} ms, no-magic-numbers ${magic.rule.toFixed(0)} ms: ${(bare.rule / magic.rule).toFixed(2)}x (rounds from ${sorted[0]?.toFixed(2)}x to ${sorted.at(-1)?.toFixed(2)}x)`,
    `whole lint, parse included: ${bare.lint.toFixed(0)} ms against ${magic.lint.toFixed(0)} ms: ${(bare.lint / magic.lint).toFixed(2)}x`,
  ].join("\n")}\n`,
);
