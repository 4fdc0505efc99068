import { randomUUID } from "node:crypto";
import { Client } from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { readMigrationFiles, defaultMigrationsDir } from "@/lib/database/apply-migrations";
import { applyPostgresMigrations } from "@/lib/database/apply-postgres-migrations";
import { postgresDatabaseUrl } from "../setup/global-setup";

/** Fresh, empty databases on the test server, dropped at the end. */
const created: string[] = [];
const testDatabase = inject("testDatabase");
const serverUrl = testDatabase.provider === "postgresql" ? testDatabase.serverUrl : "";

async function onServer<T>(work: (client: Client) => Promise<T>, url = serverUrl): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function emptyDatabase(): Promise<string> {
  const name = `capacitas_migrate_${randomUUID().replaceAll("-", "")}`;
  await onServer((client) => client.query(`CREATE DATABASE "${name}"`));
  created.push(name);
  return postgresDatabaseUrl(serverUrl, name);
}

afterAll(async () => {
  for (const name of created) await onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
});

describe("applyPostgresMigrations", () => {
  const committed = readMigrationFiles(defaultMigrationsDir("postgresql"));

  it("applies every committed migration once and records it with Prisma's checksum", async () => {
    const url = await emptyDatabase();
    const result = await applyPostgresMigrations(url);
    expect(result).toEqual({ applied: committed.map((migration) => migration.name), alreadyApplied: 0 });
    const rows = await onServer(
      (client) => client.query(`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`),
      url,
    );
    expect(rows.rows.map((row) => [row.migration_name, row.checksum])).toEqual(
      committed.map((migration) => [migration.name, migration.checksum]),
    );
    expect(rows.rows.every((row) => row.finished_at instanceof Date)).toBe(true);
    expect(await applyPostgresMigrations(url)).toEqual({ applied: [], alreadyApplied: committed.length });
  });

  it("lets two servers that start together migrate once: the second waits for the first and finds nothing to do", async () => {
    const url = await emptyDatabase();
    const results = await Promise.all([applyPostgresMigrations(url), applyPostgresMigrations(url)]);
    expect(results.map((result) => result.applied.length).sort()).toEqual([0, committed.length]);
    const count = await onServer((client) => client.query(`SELECT COUNT(*)::int AS n FROM "_prisma_migrations"`), url);
    expect(count.rows[0].n).toBe(committed.length);
  });

  it("rolls a failing migration back whole and records nothing for it", async () => {
    const url = await emptyDatabase();
    await applyPostgresMigrations(url, committed);
    const broken = { name: "99999999999999_broken", sql: `CREATE TABLE "Half" ("id" TEXT);\nSELECT * FROM "Missing";`, checksum: "x" };
    await expect(applyPostgresMigrations(url, [...committed, broken])).rejects.toThrow(/Migration 99999999999999_broken failed.*Missing/);
    const state = await onServer(
      (client) =>
        client.query(
          `SELECT (SELECT COUNT(*)::int FROM "_prisma_migrations") AS migrations, to_regclass('"Half"') IS NULL AS "halfIsAbsent"`,
        ),
      url,
    );
    expect(state.rows[0]).toEqual({ migrations: committed.length, halfIsAbsent: true });
  });
});
