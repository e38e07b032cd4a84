import { defineConfig } from "tsup";

// The ESM build is tsc's, one file per module (see tsconfig.build.json), so
// that bundlers see each constant in its own module and can inline it. This
// config adds the CommonJS build (one bundled file per entry, with .d.cts
// types for `require`).
export default defineConfig({
  entry: { index: "src/index.ts" },
  format: ["cjs"],
  outDir: "dist",
  dts: true,
  clean: false,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
});
