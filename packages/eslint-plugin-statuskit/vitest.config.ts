import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "eslint-plugin-statuskit",
    include: ["test/**/*.test.ts"],
    // The corpus and the fixtures are other programs' files, linted by the tests, never run.
    // The evaluation set has its own config (vitest.evaluation.config.ts): its files are not in the repository.
    exclude: ["test/corpus/**", "test/fixtures/**", "test/evaluation/**", "**/node_modules/**"],
    // The oxlint, corpus and end-to-end tests start processes on a shared machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
