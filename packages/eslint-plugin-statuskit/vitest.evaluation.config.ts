import { defineConfig } from "vitest/config";

// The evaluation set's files are not kept in the repository (manifest.json
// names where each comes from), so its test runs on its own: npm run evaluate.
export default defineConfig({
  test: {
    name: "eslint-plugin-statuskit-evaluation",
    include: ["test/evaluation/*.test.ts"],
    // Linting 47 real files several times on a shared 2-core machine.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
