import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it, vi } from "vitest";
import { applySqliteMigrations, readMigrationFiles } from "@/lib/database/apply-migrations";

const directories: string[] = [];
function temporaryDatabase(): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "capacitas-migrate-"));
  directories.push(directory);
  return path.join(directory, "nested", "app.db");
}
afterEach(() => {
  for (const directory of directories.splice(0)) fs.rmSync(directory, { recursive: true, force: true });
});

function migrationRows(file: string) {
  const sqlite = new Database(file, { readonly: true });
  try {
    return sqlite
      .prepare(`SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`)
      .all() as {
      migration_name: string;
      checksum: string;
      finished_at: string | null;
      applied_steps_count: number;
    }[];
  } finally {
    sqlite.close();
  }
}

describe("applySqliteMigrations", () => {
  it("creates the database folder, applies every committed migration and records it the way Prisma does", () => {
    const file = temporaryDatabase();
    const committed = readMigrationFiles();
    const result = applySqliteMigrations(file);

    expect(result.applied).toEqual(committed.map((migration) => migration.name));
    const rows = migrationRows(file);
    expect(rows.map((row) => row.migration_name)).toEqual(committed.map((migration) => migration.name));
    for (const [index, row] of rows.entries()) {
      const sql = fs.readFileSync(path.join("prisma", "migrations", row.migration_name, "migration.sql"), "utf8");
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.checksum).toBe(committed[index]!.checksum);
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("is a no-op the second time", () => {
    const file = temporaryDatabase();
    applySqliteMigrations(file);
    const second = applySqliteMigrations(file);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toBe(readMigrationFiles().length);
    expect(migrationRows(file)).toHaveLength(readMigrationFiles().length);
  });

  it("applies only the migrations that are new", () => {
    const file = temporaryDatabase();
    const committed = readMigrationFiles();
    applySqliteMigrations(file, committed);
    const extra = { name: "99999999999999_extra", sql: `CREATE TABLE "Extra" ("id" TEXT PRIMARY KEY);`, checksum: "c".repeat(64) };
    const result = applySqliteMigrations(file, [...committed, extra]);
    expect(result.applied).toEqual([extra.name]);
  });

  it("rolls back a failing migration completely and leaves no record of it", () => {
    const file = temporaryDatabase();
    const committed = readMigrationFiles();
    applySqliteMigrations(file, committed);
    const broken = {
      name: "99999999999999_broken",
      sql: `CREATE TABLE "Half" ("id" TEXT); INSERT INTO "Missing" VALUES (1);`,
      checksum: "b".repeat(64),
    };

    expect(() => applySqliteMigrations(file, [...committed, broken])).toThrow(/Missing/);
    const sqlite = new Database(file, { readonly: true });
    const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'Half'`).all();
    sqlite.close();
    expect(tables).toEqual([]);
    expect(migrationRows(file).map((row) => row.migration_name)).not.toContain(broken.name);
  });

  it("warns when an applied migration was edited afterwards", () => {
    const file = temporaryDatabase();
    const committed = readMigrationFiles();
    applySqliteMigrations(file, committed);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const edited = committed.map((migration, index) => (index === 0 ? { ...migration, checksum: "e".repeat(64) } : migration));
    applySqliteMigrations(file, edited);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("was modified after it was applied"));
  });
});
