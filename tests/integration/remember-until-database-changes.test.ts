/**
 * On SQLite, the fingerprints that key the structure and progress caches are read again only
 * when the database may have changed (decision 061): a write of this process, a commit of
 * another connection (another server, a script), never while a transaction is open. On
 * PostgreSQL they are read every time.
 */
import Database from "better-sqlite3";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { countQueries, databaseProvider, db } from "@/lib/db";
import { sqliteFilePath } from "@/lib/database/database-url";
import { getStructureFingerprint } from "@/lib/frameworks/get-structure-fingerprint";
import { getCountedValuesFingerprint } from "@/lib/progress/get-counted-values-fingerprint";
import { createMonitoringMembers, createTestCycle, createTestWorkspace, type MonitoringMembers } from "../fixtures/factories";
import { withoutAuditGuard } from "../setup/audit-guard";

let members: MonitoringMembers;
let workspaceId: string;
const onSqlite = databaseProvider() === "sqlite";

beforeAll(async () => {
  ({ workspaceId } = await createTestWorkspace());
  members = await createMonitoringMembers(workspaceId);
});

const fingerprint = (code: string) => countQueries(() => getStructureFingerprint(workspaceId, code));

describe("fingerprints read again only when the database may have changed", () => {
  it("answers a repeated fingerprint without a statement on SQLite, and with one on PostgreSQL", async () => {
    const { framework } = await createTestCycle(workspaceId, members.secretariat);
    const first = await fingerprint(framework.code);
    const second = await fingerprint(framework.code);
    expect(second.result).toEqual(first.result);
    expect(second.queries).toBe(onSqlite ? 0 : 1);

    const approved = () => countQueries(() => getCountedValuesFingerprint(members.secretariat, framework.frameworkId, false));
    const before = await approved();
    const again = await approved();
    expect(again.result).toEqual(before.result);
    expect(again.queries).toBe(onSqlite ? 0 : 1);
  });

  it("reads again after a write of this process", async () => {
    const { framework } = await createTestCycle(workspaceId, members.secretariat);
    const before = await fingerprint(framework.code);
    await withoutAuditGuard(() => db.indicator.updateMany({ where: { versionId: framework.versionId }, data: { unit: "people" } }));
    const after = await fingerprint(framework.code);
    expect(after.queries).toBe(1);
    expect(after.result).not.toEqual(before.result);
  });

  it("reads again after a commit of another connection, as by a second server", async () => {
    const { framework } = await createTestCycle(workspaceId, members.secretariat);
    const before = await fingerprint(framework.code);
    await renameAreasFromAnotherConnection(framework.versionId);
    const after = await fingerprint(framework.code);
    expect(after.queries).toBe(1);
    expect(after.result).not.toEqual(before.result);
  });

  it("reads every time inside a transaction, which sees its own uncommitted writes", async () => {
    const { framework } = await createTestCycle(workspaceId, members.secretariat);
    await fingerprint(framework.code);
    const inside = await withoutAuditGuard(() =>
      db.$transaction(async (tx) => {
        await tx.area.updateMany({ where: { versionId: framework.versionId }, data: { name: "Renamed inside" } });
        return fingerprint(framework.code);
      }),
    );
    expect(inside.queries).toBe(1);
  });
});

/** A write committed by a connection of its own, not this process's client: as another server or a script writes. */
async function renameAreasFromAnotherConnection(versionId: string): Promise<void> {
  const url = process.env.DATABASE_URL!;
  const sql = `UPDATE "Area" SET "name" = 'Renamed elsewhere', "updatedAt" = CURRENT_TIMESTAMP WHERE "versionId" = `;
  if (onSqlite) {
    const other = new Database(sqliteFilePath(url));
    try {
      other.pragma("busy_timeout = 5000");
      // Prisma keeps SQLite times as ISO text, which CURRENT_TIMESTAMP is not: the time is given.
      other.prepare(sql.replace("CURRENT_TIMESTAMP", "?") + "?").run(new Date().toISOString(), versionId);
    } finally {
      other.close();
    }
    return;
  }
  const other = new pg.Client({ connectionString: url });
  await other.connect();
  try {
    await other.query(`${sql}$1`, [versionId]);
  } finally {
    await other.end();
  }
}
