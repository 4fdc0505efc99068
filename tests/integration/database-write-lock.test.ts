/**
 * The database's write lock held by another connection (an import in another process, a
 * second server): a save waits for it without freezing the server, is refused with a clear
 * "busy" error when the wait runs out, and the next save succeeds. Before decision 014 one
 * refused save left Prisma's adapter locked, and every later transaction hung forever.
 */
import { setTimeout as sleep } from "node:timers/promises";
import Database from "better-sqlite3";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { parseDatabaseUrl } from "@/lib/database/database-url";
import { db } from "@/lib/db";
import { DATABASE_BUSY_MESSAGE } from "@/lib/database/sqlite-write-lock";
import { isAppError } from "@/lib/errors";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { createMonitoringMembers, createTestCycle, createTestWorkspace, findTestValue, type MonitoringMembers } from "../fixtures/factories";

let workspaceId: string;
let members: MonitoringMembers;
let target: { frameworkCode: string; year: number };
let versionId: string;

beforeAll(async () => {
  ({ workspaceId } = await createTestWorkspace());
  members = await createMonitoringMembers(workspaceId);
  const cycle = await createTestCycle(workspaceId, members.secretariat);
  target = cycle.target;
  versionId = cycle.framework.versionId;
});

const defaultWait = process.env.DATABASE_BUSY_WAIT_MS;
afterEach(() => {
  if (defaultWait === undefined) delete process.env.DATABASE_BUSY_WAIT_MS;
  else process.env.DATABASE_BUSY_WAIT_MS = defaultWait;
});

/** Another connection to the same file that takes the write lock and keeps it until released. */
function holdWriteLock() {
  const other = new Database(parseDatabaseUrl(process.env.DATABASE_URL!).filePath);
  other.exec("BEGIN IMMEDIATE");
  return {
    release() {
      other.exec("ROLLBACK");
      other.close();
    },
  };
}

async function storedValue(indicator: string) {
  return (await findTestValue({ versionId }, indicator))?.number ?? null;
}

describe("a save while another connection holds the write lock", () => {
  it("is refused with UNAVAILABLE once the wait runs out, and the next save succeeds (no wedge)", async () => {
    process.env.DATABASE_BUSY_WAIT_MS = "300";
    const lock = holdWriteLock();
    let refusal: unknown;
    try {
      // Twice: the second refusal proves the first left nothing locked in this process.
      for (const value of [1, 2]) {
        refusal = await saveCycleValues(members.mlsp, target, [{ indicator: "A1.1", value, version: null }]).catch((error: unknown) => error);
        expect(isAppError(refusal) && refusal.code, String(refusal)).toBe("UNAVAILABLE");
      }
    } finally {
      lock.release();
    }
    expect(isAppError(refusal) && refusal.message).toBe(DATABASE_BUSY_MESSAGE);
    expect(await storedValue("A1.1")).toBeNull();

    const saved = await saveCycleValues(members.mlsp, target, [{ indicator: "A1.1", value: 42, version: null }]);
    expect(saved.created).toBe(1);
    expect(await storedValue("A1.1")).toBe(42);
  });

  it("waits while the lock is held, then succeeds; the event loop keeps running meanwhile", async () => {
    process.env.DATABASE_BUSY_WAIT_MS = "9000";
    const lock = holdWriteLock();
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 10);
    let settled = false;
    const save = saveCycleValues(members.mlsp, target, [{ indicator: "A1.2", value: 55, version: null }]).finally(() => {
      settled = true;
    });
    try {
      await sleep(1_000);
      expect(settled, "the save waits for the lock").toBe(false);
      // A busy wait in SQLite would have blocked the interval for the whole second.
      expect(ticks).toBeGreaterThan(10);
    } finally {
      clearInterval(ticker);
      lock.release();
    }
    const saved = await save;
    expect(saved.created).toBe(1);
    expect(await storedValue("A1.2")).toBe(55);
  });

  it("a write outside a transaction also waits for its turn, then lands", async () => {
    process.env.DATABASE_BUSY_WAIT_MS = "9000";
    const lock = holdWriteLock();
    const job = db.job.create({ data: { workspaceId, kind: "TEST", params: {} } }).catch((error: unknown) => error);
    await sleep(300);
    lock.release();
    const created = await job;
    expect(created).toMatchObject({ status: "QUEUED" });
  });
});
