import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * Applies committed migrations (prisma/migrations/<name>/migration.sql) in name order,
 * each in its own transaction, and records them in _prisma_migrations exactly as the
 * Prisma CLI does (same table, SHA-256 checksum of the file), so `prisma migrate status`
 * on a connected machine agrees. We run this ourselves because the app must migrate on
 * start without the Prisma CLI, and because the JS schema engine cannot deploy to
 * PostgreSQL (docs/decisions/002-database.md).
 */

export type MigrationFile = { name: string; sql: string; checksum: string };

export type MigrationResult = { applied: string[]; alreadyApplied: number };

export const MIGRATIONS_TABLE_SQL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/** Committed migrations of each provider: the same names, SQL written for each (decision 026). */
export function defaultMigrationsDir(provider: "sqlite" | "postgresql" = "sqlite"): string {
  return provider === "sqlite"
    ? path.join(process.cwd(), "prisma", "migrations")
    : path.join(process.cwd(), "prisma", "postgres", "migrations");
}

type RecordedMigration = { migration_name: string; checksum: string; finished_at: unknown; rolled_back_at: unknown };

/**
 * The migrations still to apply, given what _prisma_migrations records. Refuses to go on after a
 * failed one, as Prisma does, and warns about an applied migration edited afterwards.
 */
export function findPendingMigrations(recorded: RecordedMigration[], migrations: MigrationFile[]): MigrationFile[] {
  const finished = new Map(
    recorded.filter((row) => row.finished_at && !row.rolled_back_at).map((row) => [row.migration_name, row.checksum]),
  );
  const failed = recorded.find((row) => !row.finished_at && !row.rolled_back_at);
  if (failed) {
    throw new Error(`Migration ${failed.migration_name} failed earlier and must be resolved by hand before continuing`);
  }
  return migrations.filter((migration) => {
    const recordedChecksum = finished.get(migration.name);
    if (recordedChecksum === undefined) return true;
    if (recordedChecksum !== migration.checksum) {
      console.warn(`Migration ${migration.name} was modified after it was applied (checksum differs)`);
    }
    return false;
  });
}

export function readMigrationFiles(migrationsDir: string = defaultMigrationsDir()): MigrationFile[] {
  // turbopackIgnore: the folder is read from the project at run time, not bundled.
  if (!fs.existsSync(/*turbopackIgnore: true*/ migrationsDir)) {
    throw new Error(`Migrations folder not found: ${migrationsDir}`);
  }
  return fs
    .readdirSync(/*turbopackIgnore: true*/ migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(/*turbopackIgnore: true*/ path.join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export function applySqliteMigrations(filePath: string, migrations: MigrationFile[] = readMigrationFiles()): MigrationResult {
  fs.mkdirSync(/*turbopackIgnore: true*/ path.dirname(filePath), { recursive: true });
  const sqlite = new Database(filePath);
  try {
    // WAL lets the web server read while a script or a test writes; it persists in the file.
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("busy_timeout = 10000");
    sqlite.exec(MIGRATIONS_TABLE_SQL);

    const rows = sqlite
      .prepare(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`)
      .all() as RecordedMigration[];
    const applied: string[] = [];
    for (const migration of findPendingMigrations(rows, migrations)) {
      const startedAt = new Date().toISOString();
      // A migration that rebuilds a table (SQLite's way to change a column) drops the old one.
      // With foreign keys on, that drop would cascade and delete every dependent row, and the
      // migration's own "PRAGMA foreign_keys=OFF" is ignored inside a transaction: switch them
      // off around it, and check the keys before committing instead.
      sqlite.pragma("foreign_keys = OFF");
      try {
        sqlite.transaction(() => {
          sqlite.exec(migration.sql);
          const broken = sqlite.pragma("foreign_key_check") as unknown[];
          if (broken.length > 0) throw new Error(`Migration ${migration.name} leaves ${broken.length} rows with a broken reference`);
          sqlite
            .prepare(
              `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
             VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)`,
            )
            .run(randomUUID(), migration.checksum, new Date().toISOString(), migration.name, startedAt);
        })();
      } finally {
        sqlite.pragma("foreign_keys = ON");
      }
      applied.push(migration.name);
    }
    return { applied, alreadyApplied: migrations.length - applied.length };
  } finally {
    sqlite.close();
  }
}
