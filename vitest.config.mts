import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Outside Next's react-server build, `server-only` would throw on import; tests are server-side anyway.
      "server-only": path.resolve(import.meta.dirname, "tests/setup/server-only-stub.ts"),
      // The same holds for next-intl's server functions, which server actions call for their answers.
      "next-intl/server": path.resolve(import.meta.dirname, "tests/setup/next-intl-server-stub.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/test-database.ts", "tests/setup/fail-on-console-error.ts", "tests/setup/audit-guard.ts"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    allowOnly: false,
    passWithNoTests: false,
  },
});
