// `npm run bench`: measures statuskit and its peers in one run on this machine
// and writes BENCHMARKS.md. `npm run bench:smoke` runs the same code paths with
// tiny counts, prints the report instead of writing it, and fails only when a
// measurement breaks (a missed target is a finding, not a failure).
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
// eslint-plugin-statuskit's lint-time section (packages/eslint-plugin-statuskit/bench/).
import { lintTime } from "../packages/eslint-plugin-statuskit/bench/lint-time.js";
import { bundleSize } from "./bundle-size.js";
import { cliStart } from "./cli-start.js";
import { createConsumer, errorPeers, peers, repoRoot } from "./consumer.js";
import { importTime } from "./import-time.js";
import { lookupSpeed } from "./lookup-speed.js";
import { newerNode } from "./newer-node.js";
import { type Section, targetTable } from "./report.js";
import { serveLoad, serveLoadCounts } from "./serve-load.js";
import { typeCheck } from "./type-check.js";

const smoke = process.argv.includes("--smoke");
// `npm run bench -- --only "import time"`: one section, printed, BENCHMARKS.md left alone.
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const counts = smoke
  ? { processes: 1, cpuMilliseconds: 5, importRuns: 3, tscRuns: 1, cliRuns: 3 }
  : { processes: 5, cpuMilliseconds: 250, importRuns: 40, tscRuns: 10, cliRuns: 40 };

function versionOf(name: string): string {
  const manifest = JSON.parse(readFileSync(join(repoRoot, "node_modules", name, "package.json"), "utf8"));
  return (manifest as { version: string }).version;
}

function machine(): string {
  const model = cpus()[0]?.model ?? "unknown CPU";
  const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repoRoot, encoding: "utf8" }).trim();
  return [
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpus().length} logical CPUs (\`nproc\`), ${model}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${process.platform} ${process.arch}`,
    `- Node ${process.version}; statuskit at commit \`${commit}\`, built \`dist/\`; peers ${peers.map((name) => `${name} ${versionOf(name)}`).join(", ")}; for statuskit/errors ${errorPeers.map((name) => `${name} ${versionOf(name)}`).join(", ")}`,
    `- Reproduce: \`npm ci && npm run build && npm run bench\` (about 4 minutes; \`npm run bench:smoke\` is the quick check CI runs)`,
  ].join("\n");
}

const started = Date.now();
const consumer = createConsumer();
const sections: Section[] = [];
try {
  const step = async (name: string, run: () => Section | Promise<Section>) => {
    if (only !== undefined && only !== name) return;
    const begin = Date.now();
    process.stderr.write(`bench: ${name}...`);
    sections.push(await run());
    process.stderr.write(` ${((Date.now() - begin) / 1000).toFixed(1)} s\n`);
  };
  await step("bundle size", () => bundleSize(consumer));
  await step("lookup speed", () => lookupSpeed(consumer, counts));
  await step("lookup speed on newer Node", () => newerNode(consumer, counts));
  await step("import time", () => importTime(consumer, counts.importRuns));
  await step("type-check", () => typeCheck(consumer, counts.tscRuns));
  await step("CLI start", () => cliStart(counts.cliRuns));
  await step("serve under load", () => serveLoad(serveLoadCounts(smoke)));
  await step("eslint-plugin-statuskit lint time", () =>
    lintTime(smoke ? { files: 10, rounds: 1 } : { files: 100, rounds: 9 }),
  );
} finally {
  consumer.remove();
}

const report = [
  "# Benchmarks",
  "",
  "<!-- Written by `npm run bench` (bench/run.ts). Do not edit: run it again. -->",
  "",
  "statuskit against what a user would pick instead (statuses, http-status-codes, http-status, and Node's `http.STATUS_CODES` where it applies), all measured in the same run on the same machine. Every ratio is to a floor measured in that run: the hand-written equivalent, an empty module, or `node -e 0`.",
  "",
  machine(),
  "",
  "## Targets",
  "",
  targetTable(sections.flatMap((section) => section.targets)),
  "",
  // Written by hand: the causes change only when the code does, not with each run.
  readFileSync(join(repoRoot, "bench", "missed-targets.md"), "utf8"),
  ...sections.flatMap((section) => [`## ${section.title}`, "", section.markdown, ""]),
].join("\n");

if (smoke || only !== undefined) {
  process.stdout.write(report);
  process.stderr.write(
    `bench: ${only === undefined ? "every section" : `"${only}"`} ran (${((Date.now() - started) / 1000).toFixed(1)} s); BENCHMARKS.md left alone.\n`,
  );
} else {
  writeFileSync(join(repoRoot, "BENCHMARKS.md"), report);
  // Biome formats markdown too: align the tables as it would, so `npm run lint` stays green.
  execFileSync(join(repoRoot, "node_modules", ".bin", "biome"), ["format", "--write", "BENCHMARKS.md"], {
    cwd: repoRoot,
    stdio: "ignore",
  });
  process.stderr.write(`bench: wrote BENCHMARKS.md in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
