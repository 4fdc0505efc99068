import { defineConfig } from "vitest/config";
import base from "./vitest.config.mts";

/**
 * Checks against real-world data sets (`npm run test:real-data`), outside `npm test`: they
 * read data that lives outside the repository and take longer. Same set-up as the unit and
 * integration tests (aliases, a fresh SQLite database per file, the audit guard, no console
 * errors); only the files and time limits differ.
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["tests/real-data/**/*.test.ts"],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
