import { readFileSync } from "node:fs";
import type { Plugin } from "esbuild";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// Declarations come from tsc (tsconfig.build.json: one .d.ts per module, doc
// comments kept); this config writes the JavaScript.
//
// ESM: three modules. generated/constants.js holds only `export const`s, so
// that bundlers can inline a constant as its bare number; status.js holds the
// rest of the library; index.js re-exports status.js flat and as the `status`
// namespace. Three files instead of one per source module, because Node loads
// each module file separately and a dozen of them tripled the import time.
//
// CJS: one bundled file with its own .d.cts, for `require`.
//
// statuskit/unofficial: one bundled ESM module and one CJS file of its own,
// so that importing it does not load the registry (it shares only the small
// statusCategory and deepFreeze helpers, copied in).
//
// The CLI: one self-contained CommonJS file, dist/cli.cjs, so that starting it
// loads a single module; the version is written in at build time.

/** Leaves the imports of the ESM module boundaries as they are. */
const keepModuleBoundaries: Plugin = {
  name: "keep-module-boundaries",
  setup(build) {
    build.onResolve({ filter: /^\.\/(?:status|generated\/constants)\.js$/ }, (args) =>
      args.kind === "entry-point" ? undefined : { path: args.path, external: true },
    );
  },
};

export default defineConfig([
  {
    entry: { index: "src/index.ts", status: "src/status.ts" },
    format: ["esm"],
    outDir: "dist",
    target: "es2022",
    platform: "neutral",
    splitting: false,
    esbuildPlugins: [keepModuleBoundaries],
  },
  {
    // Transpiled, not bundled: a bundle would turn each `const` into a `var`,
    // and bundlers only inline a constant declared with `const`.
    entry: { "generated/constants": "src/generated/constants.ts" },
    format: ["esm"],
    outDir: "dist",
    target: "es2022",
    platform: "neutral",
    bundle: false,
  },
  {
    entry: { "unofficial/index": "src/unofficial/index.ts" },
    format: ["esm"],
    outDir: "dist",
    target: "es2022",
    platform: "neutral",
  },
  {
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    outDir: "dist",
    dts: true,
    target: "es2022",
    platform: "neutral",
  },
  {
    // Its own build, so that each .d.cts stands alone (one build with both
    // entries would split their shared types into a hashed chunk).
    entry: { unofficial: "src/unofficial/index.ts" },
    format: ["cjs"],
    outDir: "dist",
    dts: true,
    target: "es2022",
    platform: "neutral",
  },
  {
    // statuskit/errors, as statuskit/unofficial: one ESM module and one CJS
    // file with its own .d.cts, each carrying the small tables it needs
    // (phrases, header names), so that it loads without the registry.
    entry: { "errors/index": "src/errors/index.ts" },
    format: ["esm"],
    outDir: "dist",
    target: "es2022",
    platform: "neutral",
  },
  {
    entry: { errors: "src/errors/index.ts" },
    format: ["cjs"],
    outDir: "dist",
    dts: true,
    target: "es2022",
    platform: "neutral",
  },
  {
    entry: { cli: "src/cli/main.ts" },
    // CommonJS because Node starts a .cjs file about 3 ms sooner than an ES module.
    format: ["cjs"],
    outDir: "dist",
    target: "node18",
    platform: "node",
    define: { __STATUSKIT_VERSION__: JSON.stringify(version) },
  },
]);
