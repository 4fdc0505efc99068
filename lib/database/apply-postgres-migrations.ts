import { randomUUID } from "node:crypto";
import { Client } from "pg";
import {
  defaultMigrationsDir,
  findPendingMigrations,
  readMigrationFiles,
  type MigrationFile,
  type MigrationResult,
} from "./apply-migrations";

/**
 * The PostgreSQL side of the migration runner (decisions 002 and 026): `prisma migrate deploy`
 * fails through the JS engine on PostgreSQL, so the committed SQL files of
 * prisma/postgres/migrations run here, each in its own transaction, and are recorded in
 * _prisma_migrations with Prisma's table and checksum, so the Prisma CLI of a connected
 * machine sees them as applied.
 */

/** Prisma's own definition of the table on PostgreSQL. */
export const POSTGRES_MIGRATIONS_TABLE_SQL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/**
 * Key of the advisory lock held while migrating: servers started together wait for the first
 * one, then find nothing left to do. An arbitrary constant ("capacitas" in ASCII, cut to 63 bits).
 */
export const MIGRATION_LOCK_KEY = "7161706163697461";

export async function applyPostgresMigrations(
  connectionString: string,
  migrations: MigrationFile[] = readMigrationFiles(defaultMigrationsDir("postgresql")),
): Promise<MigrationResult> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    // A session lock, released by the unlock below or, if this process dies, by the connection's end.
    await client.query(`SELECT pg_advisory_lock(x'${MIGRATION_LOCK_KEY}'::bigint)`);
    await client.query(POSTGRES_MIGRATIONS_TABLE_SQL);
    const { rows } = await client.query(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`);
    const applied: string[] = [];
    for (const migration of findPendingMigrations(rows, migrations)) {
      const startedAt = new Date();
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, NULL, NULL, $4, 1)`,
          [randomUUID(), migration.checksum, migration.name, startedAt],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(
          `Migration ${migration.name} failed and was rolled back: ${error instanceof Error ? error.message : String(error)}`,
          {
            cause: error,
          },
        );
      }
      applied.push(migration.name);
    }
    await client.query(`SELECT pg_advisory_unlock(x'${MIGRATION_LOCK_KEY}'::bigint)`);
    return { applied, alreadyApplied: migrations.length - applied.length };
  } finally {
    await client.end();
  }
}
