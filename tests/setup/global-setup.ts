import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import type { TestProject } from "vitest/node";
import { applySqliteMigrations } from "../../lib/database/apply-migrations";
import { applyPostgresMigrations } from "../../lib/database/apply-postgres-migrations";

/**
 * Migrates one template database per run; every test file then copies it into its own
 * fresh database (tests/setup/test-database.ts), which is faster than migrating each time.
 * SQLite here; PostgreSQL under vitest.postgres.config.mts (setupPostgres).
 */
export default function setup(project: TestProject) {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "capacitas-tests-"));
  const template = path.join(directory, "template.db");
  applySqliteMigrations(template);
  project.provide("testDatabase", { provider: "sqlite", template, directory });
  return () => fs.rmSync(directory, { recursive: true, force: true });
}

/** The URL of another database on the same server. */
export function postgresDatabaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * For vitest.postgres.config.mts (decision 026): TEST_POSTGRES_URL names a server to create
 * databases on; the template is a database there, copied with CREATE DATABASE ... TEMPLATE.
 */
export async function setupPostgres(project: TestProject) {
  const serverUrl = process.env.TEST_POSTGRES_URL;
  if (!serverUrl) throw new Error("TEST_POSTGRES_URL is not set: run `npm run test:postgres`, which starts a throwaway server");
  const template = `capacitas_template_${randomUUID().slice(0, 8)}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${template}"`);
  await applyPostgresMigrations(postgresDatabaseUrl(serverUrl, template));
  project.provide("testDatabase", { provider: "postgresql", template, serverUrl });
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await admin.end();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase:
      { provider: "sqlite"; template: string; directory: string } | { provider: "postgresql"; template: string; serverUrl: string };
  }
}
