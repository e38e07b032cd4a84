import path from "node:path";
import { describe, parseResults, run } from "../lib/exec.mjs";
import { interopDir, makeConsumer } from "../lib/package.mjs";

const bin = (name) => path.join(interopDir, "node_modules", ".bin", name);

// Bun, Deno and the Node.js releases other than the machine's (22 and 24, from
// the npm registry's linux-x64 builds, optional elsewhere) run the same
// consumer fixtures as Node, ESM and CommonJS, with the package resolved from
// the consumer's node_modules as each runtime does it.
const otherNodes = ["22", "24"].map((major) => ({
  name: `node ${major}`,
  command: path.join(interopDir, "node_modules", `node-${major}`, "bin", "node"),
  args: (fixture) => [fixture],
  env: () => ({}),
}));

const runtimes = [
  ...otherNodes,
  {
    name: "bun",
    command: bin("bun"),
    args: (fixture) => [fixture],
    env: () => ({ BUN_RUNTIME_TRANSPILER_CACHE_PATH: "0", DO_NOT_TRACK: "1" }),
    serveArgs: ["errors-serve.mjs"],
  },
  {
    name: "deno",
    command: bin("deno"),
    // --cached-only: resolve from node_modules and never reach for a registry.
    args: (fixture) => ["run", "--allow-read", "--no-lock", "--cached-only", fixture],
    env: (tmp) => ({ DENO_DIR: path.join(tmp, "deno-dir"), DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" }),
    serveArgs: ["run", "--allow-read", "--allow-net=127.0.0.1", "--no-lock", "--cached-only", "errors-serve.mjs"],
  },
];

export async function runRuntimes({ tmp, tarball, report }) {
  const consumer = await makeConsumer(path.join(tmp, "runtimes"), tarball, {
    fixtures: ["checks.mjs", "esm.mjs", "cjs.cjs", "errors-routes.mjs", "errors-serve.mjs"],
  });
  const subpaths = JSON.stringify(consumer.subpaths);
  for (const runtime of runtimes) {
    const env = runtime.env(tmp);
    const version = await run(runtime.command, ["--version"], { env, timeout: 30_000 });
    if (version.code !== 0) {
      report.skip(`${runtime.name}`, `its binary from the npm package does not run here: ${describe(version)}`);
      continue;
    }
    console.log(`   ${runtime.name} --version: ${version.stdout.trim().split("\n")[0]}`);
    for (const fixture of ["esm.mjs", "cjs.cjs"]) {
      const result = await run(runtime.command, [...runtime.args(fixture), subpaths], {
        cwd: consumer.directory,
        env,
        timeout: 60_000,
      });
      for (const { name, failures } of parseResults(result, `${runtime.name}: ${fixture}`)) {
        report.expect(name, failures);
      }
    }
    // statuskit/errors' fetch wrapper behind the runtime's own server (Bun.serve, Deno.serve).
    if (runtime.serveArgs) {
      const result = await run(runtime.command, runtime.serveArgs, { cwd: consumer.directory, env, timeout: 60_000 });
      for (const { name, failures } of parseResults(result, `${runtime.name}: errors-serve.mjs`)) {
        report.expect(name, failures);
      }
    }
  }
}
