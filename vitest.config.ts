import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// Type-level tests (test/types.test.ts) are checked by `npm run typecheck`,
// which type-checks test/ with the same strict tsconfig as the sources.
export default defineConfig({
  test: {
    // Vitest runs one file at a time per worker and starts one worker fewer
    // than there are cores: one worker on a 2-core machine, which left the
    // second core idle while the CLI, server and linter tests wait on the
    // processes they start. Two workers at least took `vitest run` from about
    // 37 s to about 25 s there; on larger machines this is Vitest's default.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: "statuskit",
          include: ["test/**/*.test.ts"],
          // The files of a worker share its loaded modules instead of each
          // loading src/ and its tools again (about 4 s of a 25 s run). The
          // library keeps no state, the tests that put members on
          // Object.prototype remove them, and what must start under a
          // polluted prototype runs in a process of its own (test/fixtures).
          isolate: false,
        },
      },
      // The workspace packages (eslint-plugin-statuskit), each with its own vitest.config.ts.
      "packages/*",
    ],
  },
});
