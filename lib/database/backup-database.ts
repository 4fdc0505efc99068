import "server-only";
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { parseDatabaseUrl } from "./database-url";

const run = promisify(execFile);

/**
 * Backups and restores for both providers (decision 026, README "Backup and restore").
 * - SQLite: SQLite's online backup API (better-sqlite3 `.backup()`), a consistent copy taken
 *   while the server keeps reading and writing; restoring puts the copy in the database's place.
 * - PostgreSQL: `pg_dump --format=custom` and `pg_restore --clean --if-exists --no-owner`,
 *   the server's own tools, which must be of the server's major version or newer.
 * Files beside a SQLite database (the generated auth secret, job files) are not in the backup.
 */
export async function backupDatabase(databaseUrl: string, target: string): Promise<void> {
  const location = parseDatabaseUrl(databaseUrl);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  if (location.provider === "sqlite") {
    if (!fs.existsSync(location.filePath)) throw new Error(`No SQLite database at ${location.filePath}`);
    const source = new Database(location.filePath, { readonly: true, fileMustExist: true });
    try {
      await source.backup(target);
    } finally {
      source.close();
    }
    return;
  }
  await run("pg_dump", ["--format=custom", "--no-owner", "--file", target, "--dbname", location.url], { maxBuffer: 16 * 1024 * 1024 });
}

/**
 * Replaces the database's content with a backup. Stop every server first: a SQLite file is
 * replaced under it, and a PostgreSQL restore drops and recreates each table.
 */
export async function restoreDatabase(databaseUrl: string, backup: string): Promise<void> {
  if (!fs.existsSync(backup)) throw new Error(`No backup at ${backup}`);
  const location = parseDatabaseUrl(databaseUrl);
  if (location.provider === "sqlite") {
    fs.mkdirSync(path.dirname(location.filePath), { recursive: true });
    // The copy is complete and consistent: write-ahead files of the replaced database must not be replayed onto it.
    for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${location.filePath}${suffix}`, { force: true });
    const copy = `${location.filePath}.restoring`;
    fs.copyFileSync(backup, copy);
    fs.renameSync(copy, location.filePath);
    return;
  }
  await run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--dbname", location.url, backup], {
    maxBuffer: 16 * 1024 * 1024,
  });
}
