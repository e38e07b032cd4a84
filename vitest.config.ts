import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// Type-level tests (test/types.test.ts) are checked by `npm run typecheck`,
// which type-checks test/ with the same strict tsconfig as the sources.
export default defineConfig({
  test: {
    // Two workers at least, where Vitest's default is one fewer than the
    // cores: on a 2-core machine one worker leaves a core idle while the CLI,
    // server and linter tests wait on the processes they start.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: "statuskit",
          include: ["test/**/*.test.ts"],
          // The files of a worker share its loaded modules instead of each
          // loading src/ and its tools again. The library keeps no state, and
          // the tests that put members on Object.prototype remove them.
          isolate: false,
          // No test asserts how fast anything runs: a timeout only stops a
          // hang, so it is set for a 2-core machine that is busy with other
          // work, where starting a process or a language service can take
          // many seconds.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      // The workspace packages (eslint-plugin-statuskit), each with its own vitest.config.ts.
      "packages/*",
    ],
  },
});
