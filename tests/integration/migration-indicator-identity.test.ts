import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { applySqliteMigrations } from "@/lib/database/apply-migrations";

/**
 * The migration that gave indicators an identity across versions, run on a database made by
 * the release before it (tests/fixtures/databases/release-2026-12-02-demo.db: the demo seed
 * of commit 03fccdc). No value may be lost or changed, and every value must join the series
 * of its indicator.
 */
const RELEASE_DATABASE = path.join(import.meta.dirname, "..", "fixtures", "databases", "release-2026-12-02-demo.db");
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "capacitas-migration-"));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const VALUE_COLUMNS = `"id", "indicatorId", "year", "disaggregation", "number", "levelCode", "text", "comment", "source", "status", "returnReason", "version", "createdAt", "updatedAt"`;

function copyOfRelease(name: string): string {
  const file = path.join(folder, name);
  fs.copyFileSync(RELEASE_DATABASE, file);
  return file;
}

describe("migration to indicator identities, on the previous release's demo database", () => {
  it("keeps every value exactly, and gives each value its indicator's identity", () => {
    const file = copyOfRelease("demo.db");
    const before = new Database(file);
    const valuesBefore = before.prepare(`SELECT ${VALUE_COLUMNS} FROM "IndicatorValue" ORDER BY "id"`).all();
    const indicatorCount = (before.prepare(`SELECT COUNT(*) AS n FROM "Indicator"`).get() as { n: number }).n;
    const commentsBefore = before.prepare(`SELECT * FROM "ValueComment" ORDER BY "id"`).all();
    const auditBefore = before.prepare(`SELECT * FROM "AuditEvent" ORDER BY "id"`).all();
    before.close();
    expect(valuesBefore.length).toBeGreaterThan(1000);

    const result = applySqliteMigrations(file);
    expect(result.applied.length).toBeGreaterThanOrEqual(1);

    const after = new Database(file);
    expect(after.prepare(`SELECT ${VALUE_COLUMNS} FROM "IndicatorValue" ORDER BY "id"`).all()).toEqual(valuesBefore);
    // One version per framework in that release: one identity per indicator, with the indicator's id.
    expect((after.prepare(`SELECT COUNT(*) AS n FROM "IndicatorIdentity"`).get() as { n: number }).n).toBe(indicatorCount);
    expect(after.prepare(`SELECT COUNT(*) AS n FROM "Indicator" WHERE "identityId" <> "id"`).get()).toEqual({ n: 0 });
    const mismatched = after
      .prepare(
        `SELECT COUNT(*) AS n FROM "IndicatorValue" AS "v" JOIN "Indicator" AS "i" ON "i"."id" = "v"."indicatorId" WHERE "v"."identityId" <> "i"."identityId"`,
      )
      .get();
    expect(mismatched).toEqual({ n: 0 });
    expect(after.prepare(`SELECT * FROM "ValueComment" ORDER BY "id"`).all()).toEqual(commentsBefore);
    // Later migrations widen the table (summaryText, decision 058): every row keeps each column it had.
    const auditColumns = Object.keys(auditBefore[0] as object)
      .map((column) => `"${column}"`)
      .join(", ");
    expect(after.prepare(`SELECT ${auditColumns} FROM "AuditEvent" ORDER BY "id"`).all()).toEqual(auditBefore);
    expect(after.prepare(`PRAGMA foreign_key_check`).all()).toEqual([]);
    after.close();
  });

  it("joins the indicators of several versions that share a code into one identity", () => {
    const file = copyOfRelease("two-versions.db");
    const sqlite = new Database(file);
    // A second version, as a later release's editor makes them: same codes, new rows.
    const version = sqlite.prepare(`SELECT "id", "frameworkId" FROM "FrameworkVersion" LIMIT 1`).get() as {
      id: string;
      frameworkId: string;
    };
    sqlite.exec(`
      INSERT INTO "FrameworkVersion" ("id", "frameworkId", "number", "label", "status", "createdAt", "updatedAt")
        VALUES ('v2', '${version.frameworkId}', 2, 'v2', 'DRAFT', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
      INSERT INTO "Area" ("id", "versionId", "parentId", "code", "name", "position")
        SELECT 'v2-' || "id", 'v2', NULL, "code", "name", "position" FROM "Area" WHERE "versionId" = '${version.id}' AND "parentId" IS NULL;
      INSERT INTO "Indicator" ("id", "versionId", "areaId", "code", "name", "valueType", "position", "createdAt", "updatedAt")
        SELECT 'v2-' || "i"."id", 'v2', 'v2-' || "a"."id", "i"."code", "i"."name", "i"."valueType", "i"."position", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
        FROM "Indicator" AS "i" JOIN "Area" AS "a" ON "a"."id" = "i"."areaId"
        WHERE "i"."versionId" = '${version.id}' AND "a"."parentId" IS NULL;
    `);
    const copied = (sqlite.prepare(`SELECT COUNT(*) AS n FROM "Indicator" WHERE "versionId" = 'v2'`).get() as { n: number }).n;
    sqlite.close();
    expect(copied).toBeGreaterThan(0);

    applySqliteMigrations(file);
    const after = new Database(file);
    const pairs = after
      .prepare(
        `SELECT "old"."identityId" AS "oldIdentity", "new"."identityId" AS "newIdentity", "old"."id" AS "oldId"
         FROM "Indicator" AS "new" JOIN "Indicator" AS "old" ON "old"."id" = substr("new"."id", 4)
         WHERE "new"."versionId" = 'v2'`,
      )
      .all() as { oldIdentity: string; newIdentity: string; oldId: string }[];
    expect(pairs).toHaveLength(copied);
    for (const pair of pairs) expect(pair).toEqual({ oldIdentity: pair.oldId, newIdentity: pair.oldId, oldId: pair.oldId });
    after.close();
  });
});
