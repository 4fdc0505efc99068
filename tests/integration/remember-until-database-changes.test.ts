/**
 * On SQLite, the fingerprints that key the structure and progress caches are read again only
 * when the database may have changed (decision 061): a write of this process, a commit of
 * another connection (another server, a script), never while a transaction is open. On
 * PostgreSQL they are read every time. A read that also depends on the time (a session) is
 * bounded by maxAgeMs (decision 062).
 */
import Database from "better-sqlite3";
import pg from "pg";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { countQueries, databaseProvider, db } from "@/lib/db";
import { sqliteFilePath } from "@/lib/database/database-url";
import { rememberUntilDatabaseChanges } from "@/lib/database/remember-until-database-changes";
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

  it("counts this process's writes in one place, whichever copy of the module notes or reads them", async () => {
    // Next bundles pages, server actions and route handlers apart, each with its own copy of a
    // module, around one shared client: a write noted by one copy must change every copy's stamp.
    vi.resetModules();
    const noting = await import("@/lib/database/local-write-count");
    vi.resetModules();
    const reading = await import("@/lib/database/local-write-count");
    expect(reading).not.toBe(noting);
    const before = reading.localWriteCount();
    noting.noteLocalWrite();
    expect(reading.localWriteCount()).toBe(before + 1);
  });

  it("reads again once maxAgeMs has passed, for answers that also depend on the time", async () => {
    let reads = 0;
    const read = async () => (reads += 1);
    const key = `max-age-${Math.random()}`;
    await rememberUntilDatabaseChanges(key, read, { maxAgeMs: 1_000 });
    await rememberUntilDatabaseChanges(key, read, { maxAgeMs: 1_000 });
    expect(reads).toBe(onSqlite ? 1 : 2);
    vi.useFakeTimers({ now: Date.now() + 1_500, toFake: ["Date"] });
    try {
      await rememberUntilDatabaseChanges(key, read, { maxAgeMs: 1_000 });
    } finally {
      vi.useRealTimers();
    }
    expect(reads).toBe(onSqlite ? 2 : 3);
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
