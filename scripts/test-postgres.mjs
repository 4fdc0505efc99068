#!/usr/bin/env node
// `npm run test:postgres [-- vitest arguments]`: the integration tests on PostgreSQL. Uses the
// server in TEST_POSTGRES_URL (a superuser URL: each test file creates its own database), or
// starts a throwaway cluster for the run (scripts/throwaway-postgres.mjs, decision 026).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { startThrowawayPostgres } from "./throwaway-postgres.mjs";

const root = path.resolve(import.meta.dirname, "..");
const vitest = path.join(path.dirname(createRequire(import.meta.url).resolve("vitest/package.json")), "vitest.mjs");

const server = process.env.TEST_POSTGRES_URL ? null : await startThrowawayPostgres();
const url = process.env.TEST_POSTGRES_URL ?? server.url;
const outcome = spawnSync(process.execPath, [vitest, "run", "--config", "vitest.postgres.config.mts", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, TEST_POSTGRES_URL: url },
});
server?.stop();
process.exit(outcome.status ?? 1);
