// A throwaway consumer project in the system temp folder: node_modules holds
// statuskit (a link to this repository, so its package.json `exports` send
// every import to the BUILT dist/, as an installed copy would), the peers, and
// `empty-module`, a package with the same shape as statuskit (ESM and CJS
// entries behind an exports map) and no code: the floor for import time.
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export const peers = ["statuses", "http-status-codes", "http-status"] as const;

/** The error libraries statuskit/errors is measured against. */
export const errorPeers = ["http-errors", "@hapi/boom"] as const;

export interface Consumer {
  readonly dir: string;
  /** Writes `text` to `name` inside the consumer project and returns its path. */
  write(name: string, text: string): string;
  /** Links another package of this repository's node_modules into the consumer's. */
  link(name: string): void;
  remove(): void;
}

export function createConsumer(): Consumer {
  if (!existsSync(join(repoRoot, "dist", "index.js")) || !existsSync(join(repoRoot, "dist", "index.cjs"))) {
    throw new Error("dist/ is missing: run `npm run build` first (the benchmarks measure the built package).");
  }
  const dir = mkdtempSync(join(tmpdir(), "statuskit-bench-"));
  const modules = join(dir, "node_modules");
  mkdirSync(modules);
  symlinkSync(repoRoot, join(modules, "statuskit"), "dir");
  for (const name of peers) symlinkSync(join(repoRoot, "node_modules", name), join(modules, name), "dir");

  const empty = join(modules, "empty-module");
  mkdirSync(empty);
  writeFileSync(
    join(empty, "package.json"),
    JSON.stringify({
      name: "empty-module",
      type: "module",
      exports: { ".": { import: "./index.js", require: "./index.cjs" } },
    }),
  );
  writeFileSync(join(empty, "index.js"), "export {};\n");
  writeFileSync(join(empty, "index.cjs"), "module.exports = {};\n");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));

  return {
    dir,
    write(name, text) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      return path;
    },
    link(name) {
      if (existsSync(join(modules, name))) return;
      mkdirSync(dirname(join(modules, name)), { recursive: true });
      symlinkSync(join(repoRoot, "node_modules", name), join(modules, name), "dir");
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
