import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BuildOptions, build } from "esbuild";

/**
 * A throwaway project whose node_modules/statuskit is this repository (the
 * built dist/, through its exports map, as a user's bundler sees it), and a
 * function that bundles a source text there with esbuild (minified ESM) and
 * returns the output (`options` adds to or overrides those settings). `directory` is the project, for builds of other
 * settings. Call `remove` when done.
 */
export function esbuildBundler(name: string): {
  directory: string;
  bundle(source: string, options?: BuildOptions): Promise<string>;
  remove(): void;
} {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const project = mkdtempSync(join(tmpdir(), `statuskit-${name}-`));
  mkdirSync(join(project, "node_modules"));
  symlinkSync(root, join(project, "node_modules", "statuskit"), "dir");
  return {
    directory: project,
    async bundle(source, options = {}) {
      const entry = join(project, `entry-${Math.random().toString(36).slice(2)}.js`);
      writeFileSync(entry, source);
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        minify: true,
        format: "esm",
        logLevel: "silent",
        ...options,
        write: false,
      });
      return result.outputFiles[0]?.text ?? "";
    },
    remove: () => rmSync(project, { recursive: true, force: true }),
  };
}
