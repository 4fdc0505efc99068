import { defineConfig } from "vitest/config";
import base from "./vitest.config.mts";

/**
 * The integration tests again, on PostgreSQL (`npm run test:postgres`, decision 026): the same
 * set-up, with TEST_POSTGRES_URL naming the server on which every test file gets its own
 * database. Unit tests touch no database and run once, under vitest.config.mts.
 */

/** Tests of SQLite's own machinery (its write lock, its migration runner, its files). */
export const SQLITE_ONLY = [
  "tests/integration/apply-migrations.test.ts",
  "tests/integration/concurrent-writers.test.ts",
  "tests/integration/database-write-lock.test.ts",
  "tests/integration/health.test.ts",
  "tests/integration/jobs-server-killed.test.ts",
  "tests/integration/migration-indicator-identity.test.ts",
  "tests/integration/migration-jobs-shared.test.ts",
  "tests/integration/seed-determinism.test.ts",
  "tests/integration/sqlite-statement-cache.test.ts",
  // SQLite's one write lock is what the seed's short batches let writers through; PostgreSQL has
  // none, and the audit guard cannot tell its concurrent connections' statements apart.
  "tests/integration/seed-in-batches.test.ts",
];

/** Tests that fail on PostgreSQL today, each for a reason listed in decision 026. Keep it short. */
export const NOT_YET_ON_POSTGRES: string[] = [];

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["tests/integration/**/*.test.ts", "tests/postgres/**/*.test.ts"],
    globalSetup: ["tests/setup/global-setup-postgres.ts"],
    exclude: [...SQLITE_ONLY, ...NOT_YET_ON_POSTGRES, "**/node_modules/**"],
  },
});
