import { defineConfig } from "vitest/config";

// Type-level tests (test/types.test.ts) are checked by `npm run typecheck`,
// which type-checks test/ with the same strict tsconfig as the sources.
export default defineConfig({
  test: {
    projects: [
      { test: { name: "statuskit", include: ["test/**/*.test.ts"] } },
      // The workspace packages (eslint-plugin-statuskit), each with its own vitest.config.ts.
      "packages/*",
    ],
  },
});
