import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase } from "@/lib/database/backup-database";
import { db } from "@/lib/db";
import { createTestFramework, createTestValues, createTestWorkspace, snapshotDatabaseWithValues } from "../fixtures/factories";
import { withoutAuditGuard } from "../setup/audit-guard";

const directory = fs.mkdtempSync(path.join(os.tmpdir(), "capacitas-backup-"));
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

/** Every stored value and audit event, in full, in a fixed order. */
async function readValuesAndAudit() {
  return {
    values: await db.indicatorValue.findMany({ orderBy: { id: "asc" } }),
    audit: await db.auditEvent.findMany({ orderBy: { id: "asc" } }),
  };
}

// Runs on SQLite (online backup API) and, under vitest.postgres.config.mts, on PostgreSQL (pg_dump).
describe("backup and restore (decision 026)", () => {
  it("restores a backup taken from the running database with every value and audit event", async () => {
    const workspace = await createTestWorkspace();
    const framework = await createTestFramework(workspace.workspaceId);
    const [first, second] = [...framework.indicatorIds.values()];
    await createTestValues([
      { indicatorId: first!, year: 2023, number: 41.5, comment: "Moldova's ș and ț survive" },
      { indicatorId: first!, year: 2024, number: 0.000123 },
      { indicatorId: second!, year: 2024, number: 7, status: "SUBMITTED" },
    ]);
    const before = await readValuesAndAudit();
    const snapshot = await snapshotDatabaseWithValues();
    expect(before.values).toHaveLength(3);
    expect(before.audit.length).toBeGreaterThanOrEqual(2);

    const backup = path.join(directory, "capacitas.backup");
    await backupDatabase(process.env.DATABASE_URL!, backup);
    expect(fs.statSync(backup).size).toBeGreaterThan(0);

    // Damage after the backup: lose values and the audit trail, add a workspace.
    await withoutAuditGuard(async () => {
      await db.indicatorValue.deleteMany({});
      await db.auditEvent.deleteMany({});
      await db.workspace.create({ data: { slug: "after-backup", name: "Created after the backup" } });
    });

    await db.$disconnect();
    await restoreDatabase(process.env.DATABASE_URL!, backup);

    expect(await readValuesAndAudit()).toEqual(before);
    expect(await snapshotDatabaseWithValues()).toEqual(snapshot);
    expect(await db.workspace.findUnique({ where: { slug: "after-backup" } })).toBeNull();
  });
});
