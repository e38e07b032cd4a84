// Cold import time: each run is a fresh `node` process in the consumer
// project that imports one package by name and reports two numbers:
//
// - import alone: `performance.now()` just before and after the `import()` /
//   `require()` inside the child, so Node's own start-up (≈40 ms, and most of
//   the noise) is left out and only resolution, loading, compiling and
//   evaluating the package is counted;
// - process wall: the parent's clock around the whole child, which is what a
//   user's script start feels.
//
// The floor is `empty-module`, a package with the same shape as statuskit
// (exports map, ESM and CJS entries) and no code. Runs are interleaved across
// packages, so drifts in machine load hit every package alike.
import { spawnSync } from "node:child_process";
import type { Consumer } from "./consumer.js";
import { peers } from "./consumer.js";
import { formatRatio, formatSpread, median, type Section, type Spread, spread, type Target, table } from "./report.js";

const packages = ["empty-module", "statuskit", ...peers] as const;
const formats = ["ESM", "CJS"] as const;

function childScript(format: (typeof formats)[number], name: string): string[] {
  const load = format === "ESM" ? `await import(${JSON.stringify(name)})` : `require(${JSON.stringify(name)})`;
  const body = `const t0 = performance.now(); ${load}; process.stdout.write(String(performance.now() - t0));`;
  return format === "ESM" ? ["--input-type=module", "-e", body] : ["--input-type=commonjs", "-e", body];
}

export function importTime(consumer: Consumer, runs: number): Section {
  const inside = new Map<string, number[]>();
  const wall = new Map<string, number[]>();
  const key = (format: string, name: string) => `${format} ${name}`;
  // Round 0 warms the disk cache and is discarded.
  for (let run = 0; run <= runs; run++) {
    for (const format of formats) {
      for (const name of packages) {
        const start = process.hrtime.bigint();
        const child = spawnSync(process.execPath, childScript(format, name), { cwd: consumer.dir, encoding: "utf8" });
        const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
        if (child.status !== 0) throw new Error(`import-time: ${format} ${name} failed: ${child.stderr}`);
        if (run === 0) continue;
        const k = key(format, name);
        inside.set(k, [...(inside.get(k) ?? []), Number(child.stdout)]);
        wall.set(k, [...(wall.get(k) ?? []), elapsed]);
      }
    }
  }

  const stats = (map: Map<string, number[]>, format: string, name: string): Spread =>
    spread(map.get(key(format, name)) ?? []);
  const rows = formats.flatMap((format) => {
    const emptyInside = stats(inside, format, "empty-module").median;
    const emptyWall = stats(wall, format, "empty-module").median;
    return packages.map((name) => {
      const alone = stats(inside, format, name);
      const whole = stats(wall, format, name);
      return [
        format,
        name === "empty-module" ? "**floor** (empty module)" : name,
        formatSpread(alone, 2),
        formatRatio(alone.median / emptyInside),
        formatSpread(whole, 1),
        formatRatio(whole.median / emptyWall),
      ];
    });
  });

  const ratio = (map: Map<string, number[]>, format: string) =>
    median(map.get(key(format, "statuskit")) ?? []) / median(map.get(key(format, "empty-module")) ?? []);
  const targets: Target[] = formats.flatMap((format) => [
    {
      name: `cold import ${format}, process wall`,
      ratio: ratio(wall, format),
      limit: 1.5,
      basis: "`node` importing statuskit / importing an empty module",
    },
    {
      name: `cold import ${format}, import alone`,
      ratio: ratio(inside, format),
      limit: 1.5,
      basis: "time inside the child around the import / same for an empty module",
    },
  ]);

  return {
    title: "Cold import time",
    markdown: [
      `${runs} fresh processes per package and format, interleaved, after one discarded warm-up round. **Import alone**: ms measured inside the child around \`await import(name)\` (ESM, \`node --input-type=module -e\`) or \`require(name)\` (CJS), so Node's start-up is left out. **Process wall**: ms measured by the parent around the whole child. Median (interquartile range). statuses is CommonJS only; its ESM row is Node importing CommonJS.`,
      table(["Format", "Package", "import alone, ms", "x floor", "process wall, ms", "x floor"], rows),
    ].join("\n\n"),
    targets,
  };
}
