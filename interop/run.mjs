// statuskit's interop suite (npm run test:interop): packs the package, installs
// the tarball into throwaway consumer projects and runs it in Node, Bun, Deno,
// Chromium, real HTTP servers and clients, and TypeScript. See interop/README.md.
//
//   node interop/run.mjs [--only node,runtimes,browser,http,typescript,testing]
//                        [--package DIR_OR_TGZ] [--keep] [--no-install]

import { createHash } from "node:crypto";
import { existsSync, rmSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { describe, killRunning, run } from "./lib/exec.mjs";
import { interopDir, pack } from "./lib/package.mjs";
import { createReport } from "./lib/report.mjs";
import { runBrowser } from "./parts/browser.mjs";
import { runHttp } from "./parts/http.mjs";
import { runNode } from "./parts/node.mjs";
import { runRuntimes } from "./parts/runtimes.mjs";
import { runTesting } from "./parts/testing.mjs";
import { runTypeScript } from "./parts/typescript.mjs";

const parts = {
  node: runNode,
  runtimes: runRuntimes,
  browser: runBrowser,
  http: runHttp,
  typescript: runTypeScript,
  testing: runTesting,
};

const repoDir = path.dirname(interopDir);
const usage = `usage: npm run test:interop -- [--only ${Object.keys(parts).join(",")}] [--package DIR|TGZ] [--keep] [--no-install]`;
let options;
try {
  ({ values: options } = parseArgs({
    options: {
      only: { type: "string" },
      package: { type: "string", default: repoDir },
      keep: { type: "boolean", default: false },
      "no-install": { type: "boolean", default: false },
    },
  }));
} catch (error) {
  console.error(`test:interop: ${error.message}\n${usage}`);
  process.exit(2);
}
const selected = options.only ? options.only.split(",") : Object.keys(parts);
for (const name of selected) {
  if (!(name in parts)) throw new Error(`unknown part ${name}; parts: ${Object.keys(parts).join(", ")}`);
}

const report = createReport();
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)}s`;
let tmp;

// Interrupted, the run still stops its children and removes its temporary
// folder before it exits (synchronously: the process ends right after), with
// the conventional status 128 + the signal's number.
for (const [signal, number] of [
  ["SIGINT", 2],
  ["SIGTERM", 15],
]) {
  process.on(signal, () => {
    killRunning();
    if (tmp && !options.keep) rmSync(tmp, { recursive: true, force: true });
    process.exit(128 + number);
  });
}

try {
  await main();
} catch (error) {
  report.fail("interop setup", String(error?.stack ?? error));
} finally {
  killRunning();
  if (tmp && !options.keep) await rm(tmp, { recursive: true, force: true });
  else if (tmp) console.log(`kept ${tmp}`);
}
console.log(`interop suite took ${seconds(started)}`);
console.log(report.summary());
process.exitCode = report.failed > 0 ? 1 : 0;

async function main() {
  if (path.resolve(options.package) === repoDir && !existsSync(path.join(repoDir, "dist/index.js"))) {
    throw new Error("dist/ is missing: run `npm run build` first");
  }
  if (!options["no-install"]) await installTools();
  tmp = await mkdtemp(path.join(os.tmpdir(), "statuskit-interop-"));
  const tarball = await pack(path.resolve(options.package), tmp);
  console.log(`testing ${path.basename(tarball)} on node ${process.versions.node}, in ${tmp}\n`);
  for (const name of selected) {
    const partStarted = Date.now();
    console.log(`== ${name}`);
    try {
      await parts[name]({ tmp, tarball, report });
    } catch (error) {
      report.fail(`${name}: part crashed`, String(error?.stack ?? error));
    } finally {
      killRunning();
    }
    console.log(`   (${name} took ${seconds(partStarted)})\n`);
  }
}

/**
 * `npm ci` in interop/, unless node_modules was already installed from this
 * very lock file (a marker holds the lock's hash), which keeps reruns quick.
 */
async function installTools() {
  const lock = await readFile(path.join(interopDir, "package-lock.json"));
  const hash = createHash("sha256").update(lock).digest("hex");
  const marker = path.join(interopDir, "node_modules", ".statuskit-interop-lock");
  if (existsSync(marker) && (await readFile(marker, "utf8")) === hash) return;
  console.log("installing interop tools: npm ci --prefix interop");
  const result = await run("npm", ["ci", "--no-audit", "--no-fund", "--prefix", interopDir], { timeout: 600_000 });
  if (result.code !== 0) throw new Error(`npm ci --prefix interop ${describe(result)}`);
  await writeFile(marker, hash);
}
