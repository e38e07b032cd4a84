// Cold import time: each run is a fresh `node` process that starts an entry
// file in the consumer project, which imports one package by name and
// reports how long that took:
//
// - the child is a file (import-esm.mjs or import-cjs.cjs), not `node -e`:
//   under `-e` the first `import()` also loads Node's ES module loader, about
//   6 ms that belong to no package and would shrink every ratio;
// - the clock stops before the child first touches `process.stdout`, whose
//   creation costs about 5 ms and belongs to neither side;
// - the floor is `empty-module`, a package with the same shape as statuskit
//   (exports map, ESM and CJS entries) and no code;
// - runs are interleaved across packages and formats, so a drift in machine
//   load hits every package alike, and each ratio is taken within a round
//   (statuskit's time over the floor's in the same round) and then the median
//   over rounds, with its interquartile range.
//
// Process wall (the parent's clock around the whole child, what a user's
// script start feels) is reported too; Node's own start-up dominates it.
import { spawnSync } from "node:child_process";
import type { Consumer } from "./consumer.js";
import { peers } from "./consumer.js";
import {
  formatRatio,
  formatSpread,
  pairedRatios,
  type Section,
  type Spread,
  spread,
  type Target,
  table,
} from "./report.js";

const packages = ["empty-module", "statuskit", ...peers] as const;
const formats = ["ESM", "CJS"] as const;
type Format = (typeof formats)[number];
type Package = (typeof packages)[number];

const entryFiles: Record<Format, { name: string; text: string }> = {
  ESM: {
    name: "import-esm.mjs",
    text: [
      "const start = performance.now();",
      "await import(process.argv[2]);",
      "const elapsed = performance.now() - start;",
      "process.stdout.write(String(elapsed));",
      "",
    ].join("\n"),
  },
  CJS: {
    name: "import-cjs.cjs",
    text: [
      "const start = performance.now();",
      "require(process.argv[2]);",
      "const elapsed = performance.now() - start;",
      "process.stdout.write(String(elapsed));",
      "",
    ].join("\n"),
  },
};

interface Samples {
  /** Per round: ms inside the child around the import. */
  readonly alone: number[];
  /** Per round: ms of the whole child process, measured by the parent. */
  readonly wall: number[];
}

export function importTime(consumer: Consumer, runs: number): Section {
  const entries = Object.fromEntries(
    formats.map((format) => [format, consumer.write(entryFiles[format].name, entryFiles[format].text)]),
  ) as Record<Format, string>;
  const samples = new Map<string, Samples>();
  const key = (format: Format, name: Package) => `${format} ${name}`;
  for (const format of formats) for (const name of packages) samples.set(key(format, name), { alone: [], wall: [] });
  const of = (format: Format, name: Package) => samples.get(key(format, name)) as Samples;

  // Round 0 warms the disk cache and is discarded.
  for (let run = 0; run <= runs; run++) {
    for (const format of formats) {
      for (const name of packages) {
        const start = process.hrtime.bigint();
        const child = spawnSync(process.execPath, [entries[format], name], { cwd: consumer.dir, encoding: "utf8" });
        const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
        if (child.status !== 0) throw new Error(`import-time: ${format} ${name} failed: ${child.stderr}`);
        if (run === 0) continue;
        of(format, name).alone.push(Number(child.stdout));
        of(format, name).wall.push(elapsed);
      }
    }
  }

  const paired = (format: Format, name: Package, base: Package, measure: keyof Samples): Spread =>
    pairedRatios(of(format, name)[measure], of(format, base)[measure]);

  const rows = formats.flatMap((format) =>
    packages.map((name) => [
      format,
      name === "empty-module" ? "**floor** (empty package)" : name,
      formatSpread(spread(of(format, name).alone), 2),
      formatRatio(paired(format, name, "empty-module", "alone").median),
      formatSpread(spread(of(format, name).wall), 1),
      formatRatio(paired(format, name, "empty-module", "wall").median),
    ]),
  );

  const ratioRange = (value: Spread) => `${value.q1.toFixed(2)}–${value.q3.toFixed(2)}x over rounds`;
  const targets: Target[] = formats.flatMap((format): Target[] => {
    const overFloor = paired(format, "statuskit", "empty-module", "alone");
    const overCodes = paired(format, "statuskit", "http-status-codes", "alone");
    const overStatuses = paired(format, "statuskit", "statuses", "alone");
    return [
      {
        name: `cold import ${format} vs an empty package`,
        ratio: overFloor.median,
        limit: 2,
        basis: `import alone, statuskit / empty package with an exports map, paired by round (${ratioRange(overFloor)})`,
      },
      {
        name: `cold import ${format} vs http-status-codes`,
        ratio: overCodes.median,
        limit: 1,
        basis: `import alone, statuskit / http-status-codes, paired by round (${ratioRange(overCodes)})`,
      },
      ...(format === "ESM"
        ? [
            {
              name: "cold import ESM vs statuses",
              ratio: overStatuses.median,
              limit: 1,
              basis: `import alone, statuskit / statuses (CommonJS only, imported from ESM), paired by round (${ratioRange(overStatuses)})`,
            },
          ]
        : []),
    ];
  });

  return {
    title: "Cold import time",
    markdown: [
      `${runs} rounds after one discarded warm-up round; in each round every package is imported once per format, each in a fresh \`node\` process, in turn. The child is an entry file in the consumer project (\`${entryFiles.ESM.name}\`: \`await import(name)\`; \`${entryFiles.CJS.name}\`: \`require(name)\`). **Import alone**: ms measured inside the child from just before the import to just after it, before the child first writes to stdout; Node's start-up and its ES module loader are left out. **Process wall**: ms measured by the parent around the whole child. Times are medians with their interquartile range; each ratio is the median over rounds of the ratio within a round. The floor is a package with an exports map and empty ESM and CJS entries. statuses is CommonJS only: its ESM row is Node importing CommonJS, and its CJS row has no exports map to resolve, which is why it can come in under the floor.`,
      table(["Format", "Package", "import alone, ms", "x floor", "process wall, ms", "x floor"], rows),
    ].join("\n\n"),
    targets,
  };
}
