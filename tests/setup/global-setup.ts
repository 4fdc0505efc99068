import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applySqliteMigrations } from "../../lib/database/apply-migrations";

/**
 * Migrates one template database per run; every test file then copies it into its own
 * fresh file (tests/setup/test-database.ts), which is faster than migrating each time.
 */
export default function setup(project: TestProject) {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "capacitas-tests-"));
  const template = path.join(directory, "template.db");
  applySqliteMigrations(template);
  project.provide("templateDatabase", template);
  project.provide("testDatabaseDirectory", directory);
  return () => fs.rmSync(directory, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
    testDatabaseDirectory: string;
  }
}
