import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, inject } from "vitest";

/**
 * Each test file gets its own real SQLite database, copied from the migrated template.
 * lib/db.ts keeps one client on globalThis; drop any client a previous file left behind
 * so the next import connects to this file's database.
 */
type GlobalWithDb = typeof globalThis & { capacitasDb?: { $disconnect(): Promise<void> } };
const globalWithDb = globalThis as GlobalWithDb;

delete globalWithDb.capacitasDb;
const file = path.join(inject("testDatabaseDirectory"), `${randomUUID()}.db`);
fs.copyFileSync(inject("templateDatabase"), file);
process.env.DATABASE_URL = `file:${file}`;

afterAll(async () => {
  await globalWithDb.capacitasDb?.$disconnect();
  delete globalWithDb.capacitasDb;
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
});
