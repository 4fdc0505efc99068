import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultMigrationsDir, readMigrationFiles } from "@/lib/database/apply-migrations";

const historyDir = path.join("prisma", "schema-history");

describe("schema and migrations stay in step", () => {
  it("has a schema snapshot for every migration, and none without one", () => {
    const snapshots = fs
      .readdirSync(historyDir)
      .map((file) => file.replace(/\.prisma$/, ""))
      .sort();
    expect(snapshots).toEqual(readMigrationFiles().map((migration) => migration.name));
  });

  it("has no change in prisma/schema.prisma that lacks a migration (run `npm run db:migration -- <name>`)", () => {
    const latest = fs.readdirSync(historyDir).sort().at(-1)!;
    expect(fs.readFileSync(path.join("prisma", "schema.prisma"), "utf8")).toBe(fs.readFileSync(path.join(historyDir, latest), "utf8"));
  });
});

/** The PostgreSQL schema with its generated header, provider and output folder put back to the SQLite ones. */
function asSqliteSchema(postgresSchema: string): string {
  const lines = postgresSchema.split("\n");
  expect(lines[0]).toMatch(/^\/\/ GENERATED from prisma\/schema\.prisma/);
  return lines
    .slice(1)
    .join("\n")
    .replace(/^(\s*provider\s*=\s*)"postgresql"/m, '$1"sqlite"')
    .replace(/^(\s*output\s*=\s*)"\.\.\/\.\.\/lib\/generated\/postgres"/m, '$1"../lib/generated/prisma"');
}

describe("the two providers stay in step (decision 026)", () => {
  it("has a PostgreSQL schema that differs from prisma/schema.prisma only in provider and output (run `npm run db:migration`)", () => {
    const postgres = fs.readFileSync(path.join("prisma", "postgres", "schema.prisma"), "utf8");
    expect(postgres).toMatch(/^\s*provider\s*=\s*"postgresql"/m);
    expect(asSqliteSchema(postgres)).toBe(fs.readFileSync(path.join("prisma", "schema.prisma"), "utf8"));
  });

  it("has the same migrations for both providers, each with SQL", () => {
    const sqlite = readMigrationFiles(defaultMigrationsDir("sqlite"));
    const postgres = readMigrationFiles(defaultMigrationsDir("postgresql"));
    expect(postgres.map((migration) => migration.name)).toEqual(sqlite.map((migration) => migration.name));
    for (const migration of postgres) expect(migration.sql.trim(), migration.name).not.toBe("");
  });
});
