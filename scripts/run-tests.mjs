#!/usr/bin/env node
// `npm test`: every check and test suite in order, each run even if an earlier one failed,
// then one summary line "N passed, N failed" summed over all of them (CI reads that line).
// Type checking and linting count as one check each; the suites count their tests.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { findPostgresBin, startThrowawayPostgres } from "./throwaway-postgres.mjs";

const root = path.resolve(import.meta.dirname, "..");
const resultsDir = path.join(root, "test-results");
fs.mkdirSync(resultsDir, { recursive: true });
const require = createRequire(import.meta.url);
const bin = (pkg, file) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", FORCE_COLOR: process.env.FORCE_COLOR ?? "0" };
const results = [];

function run(label, command, args, options = {}) {
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  const outcome = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...env, ...options.env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`--- ${label}: ${outcome.status === 0 ? "ok" : `exit code ${outcome.status ?? outcome.signal}`} (${seconds} s)`);
  return outcome.status === 0;
}

function check(label, command, args) {
  const ok = run(label, command, args);
  results.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

// 0. The generated Prisma clients (normally made by `npm install`'s postinstall).
if (!fs.existsSync(path.join(root, "lib", "generated", "prisma", "client.ts"))) {
  run("Prisma client", process.execPath, [bin("prisma", "build/index.js"), "generate"]);
}
if (!fs.existsSync(path.join(root, "lib", "generated", "postgres", "client.ts"))) {
  run("Prisma client (PostgreSQL)", process.execPath, [
    bin("prisma", "build/index.js"),
    "generate",
    "--config",
    "prisma.postgres.config.ts",
  ]);
}

/** Vitest's JSON report as one result line; a file that failed to load counts as a failure. */
function vitestResult(label, report) {
  return report
    ? {
        label,
        passed: report.numPassedTests,
        failed: report.numFailedTests + (report.numFailedTestSuites > 0 && report.numFailedTests === 0 ? 1 : 0),
        skipped: report.numPendingTests + report.numTodoTests,
      }
    : { label: `${label} (no report)`, passed: 0, failed: 1 };
}

// 1. Types and lint.
const nextBin = bin("next", "dist/bin/next");
check("Type check", "sh", [
  "-c",
  `"${process.execPath}" "${nextBin}" typegen && "${process.execPath}" "${bin("typescript", "bin/tsc")}" --noEmit`,
]);
check("Lint", process.execPath, [bin("eslint", "bin/eslint.js"), "--max-warnings=0", "."]);

// 2. Unit and integration tests (Vitest, real SQLite databases).
const vitestReport = path.join(resultsDir, "vitest.json");
fs.rmSync(vitestReport, { force: true });
run("Unit and integration tests (Vitest)", process.execPath, [
  bin("vitest", "vitest.mjs"),
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${vitestReport}`,
]);
results.push(vitestResult("Vitest", readJson(vitestReport)));

// 2a. The integration tests again on PostgreSQL (decision 026), on TEST_POSTGRES_URL or a
// throwaway cluster. CI must run them; elsewhere they need PostgreSQL 15+ installed.
const postgresReport = path.join(resultsDir, "vitest-postgres.json");
fs.rmSync(postgresReport, { force: true });
if (process.env.TEST_POSTGRES_URL || findPostgresBin()) {
  let server = null;
  try {
    server = process.env.TEST_POSTGRES_URL ? null : await startThrowawayPostgres();
  } catch (error) {
    console.log(`Could not start PostgreSQL for the tests: ${error instanceof Error ? error.message : error}`);
  }
  const url = process.env.TEST_POSTGRES_URL ?? server?.url;
  if (url) {
    run(
      "Integration tests on PostgreSQL (Vitest)",
      process.execPath,
      [
        bin("vitest", "vitest.mjs"),
        "run",
        "--config",
        "vitest.postgres.config.mts",
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${postgresReport}`,
      ],
      { env: { TEST_POSTGRES_URL: url } },
    );
  }
  server?.stop();
  results.push(vitestResult("Vitest on PostgreSQL", readJson(postgresReport)));
} else if (process.env.CI) {
  results.push({ label: "Vitest on PostgreSQL (PostgreSQL 15+ is not installed)", passed: 0, failed: 1 });
} else {
  console.log("\nPostgreSQL 15+ is not installed: the integration tests ran on SQLite only (see the README, Development).");
}

// 2b. The real-data check (Moldova's Open SDG data), only where that data is: CI sets
// OPEN_SDG_FIXTURE when ../shared/fixtures/open-sdg-moldova exists; a user's `npm test` skips it.
const fixture = process.env.OPEN_SDG_FIXTURE;
if (fixture) {
  const realDataReport = path.join(resultsDir, "vitest-real-data.json");
  fs.rmSync(realDataReport, { force: true });
  if (fs.existsSync(fixture)) {
    run("Real-data check: Open SDG import of Moldova's data (Vitest)", process.execPath, [
      bin("vitest", "vitest.mjs"),
      "run",
      "--config",
      "vitest.real-data.config.mts",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${realDataReport}`,
    ]);
  }
  const realData = readJson(realDataReport);
  results.push(
    realData
      ? {
          label: "Real-data check",
          passed: realData.numPassedTests,
          failed: realData.numFailedTests + (realData.numFailedTestSuites > 0 && realData.numFailedTests === 0 ? 1 : 0),
        }
      : { label: `Real-data check (no report; is ${fixture} there?)`, passed: 0, failed: 1 },
  );
}

// 3. End-to-end tests (Playwright in Chromium against the built app on a fresh demo database).
const chromiumReady = run("Chromium for the end-to-end tests", process.execPath, [path.join(root, "scripts", "ensure-chromium.mjs")]);
const playwrightReport = path.join(resultsDir, "playwright.json");
fs.rmSync(playwrightReport, { force: true });
if (chromiumReady) {
  run("End-to-end tests (Playwright)", process.execPath, [bin("@playwright/test", "cli.js"), "test"], {
    env: {
      PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --conditions=react-server`.trim(),
    },
  });
}
const playwright = readJson(playwrightReport);
results.push(
  playwright
    ? {
        label: "Playwright",
        passed: playwright.stats.expected,
        failed: playwright.stats.unexpected + playwright.stats.flaky + (playwright.errors?.length ?? 0),
        skipped: playwright.stats.skipped,
      }
    : { label: "Playwright (did not run)", passed: 0, failed: 1 },
);

// Summary.
console.log("\n=== Summary ===");
for (const result of results) {
  console.log(`${result.label}: ${result.passed} passed, ${result.failed} failed${result.skipped ? `, ${result.skipped} skipped` : ""}`);
}
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
const skipped = results.reduce((sum, result) => sum + (result.skipped ?? 0), 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || skipped > 0 ? 1 : 0);
