import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { applySqliteMigrations } from "@/lib/database/apply-migrations";

/**
 * The migrations that give areas, levels and targets (decision 048), then contributors,
 * breakdown links, dimensions and members (decision 055) an `updatedAt` for the structure
 * fingerprint, run on a database of an earlier release: every existing row gets the last change
 * of what holds it, and nothing is lost.
 */
const RELEASE_DATABASE = path.join(import.meta.dirname, "..", "fixtures", "databases", "release-2026-12-02-demo.db");
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "capacitas-migration-structure-"));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe("migration to structure timestamps, on an earlier release's database", () => {
  it("stamps each area with its version's last change and each level and target with its indicator's", () => {
    const file = path.join(folder, "structure.db");
    fs.copyFileSync(RELEASE_DATABASE, file);
    const before = new Database(file, { readonly: true });
    const counts = ["Area", "IndicatorLevel", "IndicatorTarget"].map((table) => count(before, table));
    before.close();
    expect(counts.every((rows) => rows > 0)).toBe(true);

    applySqliteMigrations(file);

    const after = new Database(file, { readonly: true });
    expect(["Area", "IndicatorLevel", "IndicatorTarget"].map((table) => count(after, table))).toEqual(counts);
    const mismatched = (sql: string) => (after.prepare(sql).get() as { rows: number }).rows;
    expect(
      mismatched(`SELECT COUNT(*) AS "rows" FROM "Area" a JOIN "FrameworkVersion" v ON v."id" = a."versionId"
        WHERE a."updatedAt" IS NULL OR a."updatedAt" <> v."updatedAt"`),
    ).toBe(0);
    for (const table of ["IndicatorLevel", "IndicatorTarget"])
      expect(
        mismatched(`SELECT COUNT(*) AS "rows" FROM "${table}" t JOIN "Indicator" i ON i."id" = t."indicatorId"
          WHERE t."updatedAt" IS NULL OR t."updatedAt" <> i."updatedAt"`),
        table,
      ).toBe(0);
    after.close();
  });

  it("stamps each contributor and breakdown link with its indicator's last change, and each member with its dimension's", () => {
    const file = path.join(folder, "cycle-structure.db");
    fs.copyFileSync(RELEASE_DATABASE, file);
    const tables = ["IndicatorContributor", "IndicatorDimension", "Dimension", "DimensionMember"];
    const before = new Database(file, { readonly: true });
    const counts = tables.map((table) => count(before, table));
    before.close();
    expect(counts.every((rows) => rows > 0)).toBe(true);

    applySqliteMigrations(file);

    const after = new Database(file, { readonly: true });
    expect(tables.map((table) => count(after, table))).toEqual(counts);
    const rowsOf = (sql: string) => (after.prepare(sql).get() as { rows: number }).rows;
    for (const table of ["IndicatorContributor", "IndicatorDimension"])
      expect(
        rowsOf(`SELECT COUNT(*) AS "rows" FROM "${table}" t JOIN "Indicator" i ON i."id" = t."indicatorId"
          WHERE t."updatedAt" IS NULL OR t."updatedAt" <> i."updatedAt"`),
        table,
      ).toBe(0);
    expect(
      rowsOf(`SELECT COUNT(*) AS "rows" FROM "DimensionMember" m JOIN "Dimension" d ON d."id" = m."dimensionId"
        WHERE d."updatedAt" IS NULL OR m."updatedAt" IS NULL OR m."updatedAt" <> d."updatedAt"`),
    ).toBe(0);
    // Written as Prisma writes times, so that it reads them back.
    expect((after.prepare(`SELECT "updatedAt" FROM "Dimension" LIMIT 1`).get() as { updatedAt: string }).updatedAt).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/,
    );
    after.close();
  });
});

function count(connection: Database.Database, table: string): number {
  return (connection.prepare(`SELECT COUNT(*) AS "rows" FROM "${table}"`).get() as { rows: number }).rows;
}
