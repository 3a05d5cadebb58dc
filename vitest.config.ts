import path from "node:path";
import { defineConfig } from "vitest/config";

// TEST_SHUFFLE_SEED=<n> runs test files in an order drawn from n (CI draws and prints one; see
// scripts/test.ts); the same n gives the same order again. Tests within a file keep their order.
const shuffleSeed = process.env.TEST_SHUFFLE_SEED ? Number(process.env.TEST_SHUFFLE_SEED) : undefined;
if (shuffleSeed !== undefined && !Number.isSafeInteger(shuffleSeed))
  throw new Error(`TEST_SHUFFLE_SEED must be a whole number, not "${process.env.TEST_SHUFFLE_SEED}"`);

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // "server-only" throws outside React Server Components; tests are trusted server code.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
    },
  },
  test: {
    sequence: shuffleSeed === undefined ? {} : { shuffle: { files: true, tests: false }, seed: shuffleSeed },
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
          // Each file works on its own clone of a seeded template database, so files may run at once.
          setupFiles: ["tests/integration/use-test-database.ts"],
          fileParallelism: true,
          // Each file holds a handful of connections (max_connections is 100 by default); TEST_DB_WORKERS raises it.
          maxWorkers: Number(process.env.TEST_DB_WORKERS || 2),
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
