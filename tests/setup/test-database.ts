import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { afterAll, inject } from "vitest";
import { postgresDatabaseUrl } from "./global-setup";

/**
 * Each test file gets its own real database, copied from the migrated template: a SQLite
 * file, or a PostgreSQL database made with CREATE DATABASE ... TEMPLATE (decision 026).
 * lib/db.ts keeps one client on globalThis; drop any client a previous file left behind
 * so the next import connects to this file's database.
 */
type GlobalWithDb = typeof globalThis & { capacitasDb?: { $disconnect(): Promise<void> } };
const globalWithDb = globalThis as GlobalWithDb;

delete globalWithDb.capacitasDb;
const testDatabase = inject("testDatabase");

if (testDatabase.provider === "sqlite") {
  const file = path.join(testDatabase.directory, `${randomUUID()}.db`);
  fs.copyFileSync(testDatabase.template, file);
  process.env.DATABASE_URL = `file:${file}`;

  afterAll(async () => {
    await globalWithDb.capacitasDb?.$disconnect();
    delete globalWithDb.capacitasDb;
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
  });
} else {
  const name = `capacitas_test_${randomUUID().replaceAll("-", "")}`;
  const { serverUrl, template } = testDatabase;
  await onServer(serverUrl, (admin) => admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  process.env.DATABASE_URL = postgresDatabaseUrl(serverUrl, name);
  // Every server of a PostgreSQL deployment shares one secret (lib/env.ts).
  process.env.BETTER_AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";

  afterAll(async () => {
    await globalWithDb.capacitasDb?.$disconnect();
    delete globalWithDb.capacitasDb;
    await onServer(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  });
}

async function onServer(serverUrl: string, work: (admin: Client) => Promise<unknown>): Promise<void> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}
