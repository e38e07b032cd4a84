import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// The ESM build is tsc's, one file per module (see tsconfig.build.json), so
// that bundlers see each constant in its own module and can inline it. This
// config adds the CommonJS build (one bundled file per entry, with .d.cts
// types for `require`), and the CLI.
// One config per CommonJS entry: with both entries in one config, the
// declaration bundler moves the shared types into a chunk and then declares
// the `status` namespace's type members as values (`declare const
// status_StatusInfo: typeof StatusInfo`), which breaks every CommonJS
// TypeScript consumer that checks library files (the interop suite's
// node16/nodenext projects).
const commonJs = (entry: Record<string, string>) => ({
  entry,
  format: ["cjs" as const],
  outDir: "dist",
  dts: true,
  clean: false,
  target: "es2022",
  platform: "neutral" as const,
  treeshake: true,
});

export default defineConfig([
  commonJs({ index: "src/index.ts" }),
  commonJs({ unofficial: "src/unofficial/index.ts" }),
  {
    // One self-contained ESM file (the package is "type": "module"), so that
    // starting the CLI loads a single module. The version is written in at
    // build time: nothing is read from disk at run time.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    outDir: "dist",
    dts: false,
    clean: false,
    target: "node18",
    platform: "node",
    treeshake: true,
    define: { __STATUSKIT_VERSION__: JSON.stringify(version) },
  },
]);
