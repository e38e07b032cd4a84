/**
 * `npm run build`: checks that the generated files are up to date, builds the
 * package into a fresh folder (declarations by tsc, JavaScript and the
 * CommonJS declarations by tsup), and only then puts that folder in place of
 * dist/. An interrupted build leaves the previous dist/ whole; dist/ is never
 * half written or half deleted. Plain Node file operations, so it runs on
 * every platform.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { commonJsEntry, moduleEntry } from "./main-entries.js";
import { declareStatusNamespace } from "./status-namespace.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const dist = join(root, "dist");
const staging = join(root, "dist.partial");
const old = join(root, "dist.old");

/** Runs a tool's own Node entry point, so that no shell and no `.bin` shim is involved. */
function node(script: string, args: readonly string[], env: Record<string, string> = {}): void {
  execFileSync(process.execPath, [script, ...args], { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
}

node(join(root, "node_modules", "tsx", "dist", "cli.mjs"), ["scripts/generate.ts", "--check"]);
rmSync(staging, { recursive: true, force: true });
// TypeScript 7 writes the same declarations as 5.9, byte for byte, in a sixth of the time.
node(join(root, "node_modules", "typescript-7", "bin", "tsc"), ["-p", "tsconfig.build.json", "--outDir", staging]);
node(join(dirname(require.resolve("tsup/package.json")), "dist", "cli-default.js"), [], {
  STATUSKIT_BUILD_DIR: staging,
});
// The main entry in both formats, from the one bundle of src/all-exports.ts.
const bundle = readFileSync(join(staging, "main-bundle.js"), "utf8");
writeFileSync(join(staging, "index.js"), moduleEntry(bundle));
writeFileSync(join(staging, "index.cjs"), commonJsEntry(bundle));
rmSync(join(staging, "main-bundle.js"));
declareStatusNamespace(root, staging);
// Swap: the old dist/ is moved aside first, so that at every moment dist/ is
// either the old build or the new one.
rmSync(old, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, old);
renameSync(staging, dist);
rmSync(old, { recursive: true, force: true });
