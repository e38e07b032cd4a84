// The lookups whose targets Node 20 misses (the class guards, reasonPhrase),
// measured again with the newer Node builds the interop suite installs
// (interop/node_modules/node-22 and node-24), the same worker and the same
// way: each benchmark in a fresh process, rounds interleaved, ratios taken
// within a round. How much a call to an imported function costs in a hot
// loop depends on the V8 version, and these rows show by how much. A Node
// that is not installed is left out, with a line saying so.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Consumer } from "./consumer.js";
import { repoRoot } from "./consumer.js";
import { type LookupOptions, runLookup, writeLookupWorker } from "./lookup-speed.js";
import { formatRatio, pairedRatios, type Section, table } from "./report.js";

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

export function newerNode(consumer: Consumer, options: LookupOptions): Section {
  const worker = writeLookupWorker(consumer);
  const present = builds.filter((build) => existsSync(build.binary));
  const missing = builds.filter((build) => !existsSync(build.binary));
  const version = (binary: string) => execFileSync(binary, ["--version"], { encoding: "utf8" }).trim();

  const columns = [
    { name: `Node ${process.version.slice(1)} (this run's)`, binary: process.execPath },
    ...present.map((build) => ({ name: `Node ${version(build.binary).slice(1)}`, binary: build.binary })),
  ];
  const keys = pairs.flatMap((pair) => [pair.floor, pair.subject]);
  // p50[column][key][round], each from a process of its own.
  const p50 = columns.map(() => new Map<string, number[]>(keys.map((key) => [key, []])));
  for (let round = 0; round < options.processes; round++) {
    columns.forEach((column, c) => {
      for (const key of keys) {
        p50[c]?.get(key)?.push(runLookup(column.binary, worker, options.cpuMilliseconds, key).p50);
      }
    });
  }
  const cell = (c: number, pair: (typeof pairs)[number]) => {
    const ratio = pairedRatios(p50[c]?.get(pair.subject) ?? [], p50[c]?.get(pair.floor) ?? []);
    return `${formatRatio(ratio.median)} (${ratio.q1.toFixed(2)}–${ratio.q3.toFixed(2)})`;
  };
  const rows = pairs.map((pair) => [pair.what, ...columns.map((_, c) => cell(c, pair))]);

  return {
    title: "Lookup speed on newer Node",
    markdown: [
      `The rows whose targets this run misses, as ratios to the same floors as above (the bare inline range check; the plain object index for \`reasonPhrase\`), measured the same way with each Node build in turn: ${options.processes} rounds, each benchmark in a fresh process. Median ratio over rounds (interquartile range).${missing.length > 0 ? ` Not installed here, so left out: ${missing.map((build) => build.name).join(", ")} (\`npm run test:interop\` installs them).` : ""}`,
      table(["Lookup", ...columns.map((column) => column.name)], rows),
    ].join("\n\n"),
    targets: [],
  };
}
