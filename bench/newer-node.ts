// The lookups whose targets Node 20 misses (the class guards, reasonPhrase),
// measured again with the newer Node builds the interop suite installs
// (interop/node_modules/node-22 and node-24), the same worker and the same
// way: each benchmark in a fresh process, rounds interleaved, ratios taken
// within a round. How much a call to an imported function costs in a hot
// loop depends on the V8 version, and these rows show by how much. A Node
// that is not installed is left out, with a line saying so.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Consumer } from "./consumer.js";
import { repoRoot } from "./consumer.js";
import { formatRatio, median, quantile, type Section, table } from "./report.js";

const builds = [
  { name: "Node 22", binary: join(repoRoot, "interop", "node_modules", "node-22", "bin", "node") },
  { name: "Node 24", binary: join(repoRoot, "interop", "node_modules", "node-24", "bin", "node") },
] as const;

const pairs = [
  {
    what: "one guard (`isClientError`), varied codes",
    subject: "class.one.statuskit",
    floor: "class.one.floor.inline",
  },
  {
    what: "one guard (`isClientError`), 404 every time",
    subject: "class.one.fixed.statuskit",
    floor: "class.one.fixed.floor.inline",
  },
  { what: "four guards, varied codes", subject: "class.statuskit", floor: "class.floor.inline" },
  { what: "four guards, 404 every time", subject: "class.fixed.statuskit", floor: "class.fixed.floor.inline" },
  { what: "`reasonPhrase`, varied codes", subject: "phrase.statuskit", floor: "phrase.floor.object" },
] as const;

export interface NewerNodeOptions {
  readonly processes: number;
  readonly cpuMilliseconds: number;
}

export function newerNode(consumer: Consumer, options: NewerNodeOptions): Section {
  consumer.link("mitata");
  const worker = consumer.write(
    "lookup-speed.worker.mjs",
    readFileSync(join(repoRoot, "bench", "lookup-speed.worker.mjs"), "utf8"),
  );
  const present = builds.filter((build) => existsSync(build.binary));
  const missing = builds.filter((build) => !existsSync(build.binary));
  const version = (binary: string) => execFileSync(binary, ["--version"], { encoding: "utf8" }).trim();

  const columns = [
    { name: `Node ${process.version.slice(1)} (this run's)`, binary: process.execPath },
    ...present.map((build) => ({ name: `Node ${version(build.binary).slice(1)}`, binary: build.binary })),
  ];
  const keys = pairs.flatMap((pair) => [pair.floor, pair.subject]);
  // ratios[column][pair] over rounds
  const ratios = columns.map(() => pairs.map(() => [] as number[]));
  for (let round = 0; round < options.processes; round++) {
    columns.forEach((column, c) => {
      const p50 = new Map<string, number>();
      for (const key of keys) {
        const output = execFileSync(column.binary, [worker, String(options.cpuMilliseconds), key], {
          cwd: consumer.dir,
          encoding: "utf8",
        });
        const sample = (JSON.parse(output) as Record<string, { p50: number }>)[key];
        if (sample === undefined) throw new Error(`newer-node: no result for ${key}`);
        p50.set(key, sample.p50);
      }
      pairs.forEach((pair, p) => {
        ratios[c]?.[p]?.push((p50.get(pair.subject) as number) / (p50.get(pair.floor) as number));
      });
    });
  }
  const cell = (values: readonly number[]) =>
    `${formatRatio(median(values))} (${quantile(values, 0.25).toFixed(2)}–${quantile(values, 0.75).toFixed(2)})`;
  const rows = pairs.map((pair, p) => [pair.what, ...columns.map((_, c) => cell(ratios[c]?.[p] ?? []))]);

  return {
    title: "Lookup speed on newer Node",
    markdown: [
      `The rows whose targets this run misses, as ratios to the same floors as above (the bare inline range check; the plain object index for \`reasonPhrase\`), measured the same way with each Node build in turn: ${options.processes} rounds, each benchmark in a fresh process. Median ratio over rounds (interquartile range).${missing.length > 0 ? ` Not installed here, so left out: ${missing.map((build) => build.name).join(", ")} (\`npm run test:interop\` installs them).` : ""}`,
      table(["Lookup", ...columns.map((column) => column.name)], rows),
    ].join("\n\n"),
    targets: [],
  };
}
