import { defineConfig } from "vitest/config";

// Type-level tests (test/types.test.ts) are checked by `npm run typecheck`,
// which type-checks test/ with the same strict tsconfig as the sources.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
  },
});
