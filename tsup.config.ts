import { readFileSync } from "node:fs";
import type { Plugin } from "esbuild";
import { defineConfig, type Options } from "tsup";

type TsupPlugin = NonNullable<Options["plugins"]>[number];

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// scripts/build.ts builds into a fresh folder and swaps it in for dist/ at the end.
const outDir = process.env.STATUSKIT_BUILD_DIR ?? "dist";

// Declarations come from tsc (tsconfig.build.json: one .d.ts per module, doc
// comments kept); this config writes the JavaScript.
//
// The main entry: one esbuild bundle of src/all-exports.ts, from which
// scripts/build.ts writes both dist/index.js and dist/index.cjs (see
// scripts/main-entries.ts): one file per format, because Node reads each
// module file of an import separately, and plain exports, because esbuild's
// getter per export costs more import time than everything else together.
// Declarations: tsc's .d.ts per module, and index.d.cts from the CommonJS
// build below, which writes nothing else.
//
// statuskit/unofficial: one bundled ESM module and one CJS file of its own,
// so that importing it does not load the registry (it shares only the small
// statusCategory and deepFreeze helpers, copied in).
//
// The CLI: one self-contained CommonJS file, dist/cli.cjs, so that starting it
// loads a single module; the version is written in at build time. It keeps its
// own copy of the library on purpose: taking the public modules from
// dist/index.cjs and dist/unofficial.cjs instead (internal helpers still
// bundled) halved the file (100.6 KB to 53.0 KB) but started 3-4% slower
// (`statuskit 404`: 59.6 ms against 58.0 ms, median of 60 interleaved runs),
// because index.cjs sets up the whole library where the bundle keeps only
// what the CLI uses. Measured again once index.cjs built its tables on first
// use: still 1.4-2.5% slower (`statuskit 404`, `search`, `--json 404`, three
// runs of 40 interleaved starts), about 0.8 ms for the second file.

/**
 * esbuild's CommonJS helpers trust `Object.prototype`, which a polluted
 * prototype turns against them:
 * - `__export` walks the export list with `for...in`, which also visits
 *   inherited enumerable properties: `require("statuskit")` threw ("Getter
 *   must be a function") or gained the polluting function as an export. It is
 *   rewritten to walk the list's own keys only.
 * - Every descriptor they pass to `Object.defineProperty` (`{ get: ... }`,
 *   `{ value: ... }`) is an ordinary object, so a polluted
 *   `Object.prototype.set` or `.get` became part of it and the require threw.
 *   Each is given a null prototype.
 * The build fails if esbuild ever writes the helpers differently, so neither
 * rewrite can silently stop applying.
 */
const pollutionProofHelpers: TsupPlugin = {
  name: "pollution-proof-helpers",
  renderChunk(code) {
    if (this.format !== "cjs") return undefined;
    let rewritten = code;
    if (rewritten.includes("var __export =")) {
      const inherited = "for (var name in all)";
      if (rewritten.split(inherited).length !== 2)
        throw new Error(`esbuild's __export helper changed: expected one "${inherited}"`);
      rewritten = rewritten.replace(inherited, "for (var name of Object.keys(all))");
    }
    const calls = rewritten.split("__defProp(").length - 1;
    let descriptors = 0;
    rewritten = rewritten.replace(/__defProp\(([^;]*?), \{ (get|value): /g, (_call, target: string, kind: string) => {
      descriptors++;
      return `__defProp(${target}, { __proto__: null, ${kind}: `;
    });
    if (descriptors !== calls)
      throw new Error(
        `esbuild's helpers changed: ${calls} __defProp calls but ${descriptors} descriptor literals rewritten`,
      );
    return { code: rewritten };
  },
};

/** Leaves an import to another built file instead of bundling it. */
function externalModule(filter: RegExp, path: string): Plugin {
  return {
    name: `external ${path}`,
    setup(build) {
      build.onResolve({ filter }, () => ({ path, external: true }));
    },
  };
}

const builds: Options[] = [
  {
    entry: { "main-bundle": "src/all-exports.ts" },
    format: ["esm"],
    outDir,
    target: "es2022",
    platform: "neutral",
  },
  {
    entry: { "unofficial/index": "src/unofficial/index.ts" },
    format: ["esm"],
    outDir,
    target: "es2022",
    platform: "neutral",
  },
  {
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    outDir,
    dts: { only: true },
    target: "es2022",
    platform: "neutral",
  },
  {
    // Its own build, so that each .d.cts stands alone (one build with both
    // entries would split their shared types into a hashed chunk).
    entry: { unofficial: "src/unofficial/index.ts" },
    format: ["cjs"],
    outDir,
    dts: true,
    target: "es2022",
    platform: "neutral",
  },
  // statuskit/serve, the status server: Node only (node:http), one ESM module
  // and one CJS file with its own .d.cts, like statuskit/unofficial; the
  // registry facts it answers with are bundled in, so the main entry is
  // unchanged by it.
  {
    entry: { "serve/index": "src/serve/index.ts" },
    format: ["esm"],
    outDir,
    target: "node20",
    platform: "node",
  },
  {
    entry: { serve: "src/serve/index.ts" },
    format: ["cjs"],
    outDir,
    dts: true,
    target: "node20",
    platform: "node",
  },
  {
    // `statuskit serve`: the CLI loads this file only for that subcommand,
    // and it takes the server from dist/serve.cjs, so the lookup CLI stays
    // as small and quick to start as it was.
    entry: { "serve-command": "src/serve/serve-command.ts" },
    format: ["cjs"],
    outDir,
    target: "node20",
    platform: "node",
    esbuildPlugins: [externalModule(/^\.\/start-status-server\.js$/, "./serve.cjs")],
  },
  {
    // statuskit/errors, as statuskit/unofficial: one ESM module and one CJS
    // file with its own .d.cts, each carrying the small tables it needs
    // (phrases, header names), so that it loads without the registry.
    entry: { "errors/index": "src/errors/index.ts" },
    format: ["esm"],
    outDir,
    target: "es2022",
    platform: "neutral",
  },
  {
    entry: { errors: "src/errors/index.ts" },
    format: ["cjs"],
    outDir,
    dts: true,
    target: "es2022",
    platform: "neutral",
  },
  {
    entry: { cli: "src/cli/main.ts" },
    // CommonJS because Node starts a .cjs file about 3 ms sooner than an ES module.
    format: ["cjs"],
    outDir,
    target: "node20",
    platform: "node",
    define: { __STATUSKIT_VERSION__: JSON.stringify(version) },
    esbuildPlugins: [externalModule(/^\.\.\/serve\/serve-command\.js$/, "./serve-command.cjs")],
  },
];

// Every CommonJS build gets the pollution-proof helpers, so that no entry
// added later can miss them.
export default defineConfig(
  builds.map((build) =>
    [build.format].flat().includes("cjs")
      ? { ...build, plugins: [...(build.plugins ?? []), pollutionProofHelpers] }
      : build,
  ),
);
