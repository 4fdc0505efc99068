/**
 * The database's write lock held by another connection (an import in another process, a
 * second server): a save waits for it without freezing the server, is refused with a clear
 * "busy" error when the wait runs out, and the next save succeeds. Before decision 014 one
 * refused save left Prisma's adapter locked, and every later transaction hung forever.
 */
import { setTimeout as sleep } from "node:timers/promises";
import Database from "better-sqlite3";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { PUT } from "@/app/api/v1/cycles/[framework]/[year]/values/route";
import { sqliteFilePath } from "@/lib/database/database-url";
import { pauseForOtherWriters } from "@/lib/database/sqlite-write-lock";
import { db } from "@/lib/db";
import { actionError } from "@/lib/actions/action-state";
import { asAppError, DATABASE_BUSY_MESSAGE, isAppError } from "@/lib/errors";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import {
  apiRequest,
  createMonitoringMembers,
  createTestApiToken,
  createTestCycle,
  createTestWorkspace,
  findTestValue,
  routeParams,
  type MonitoringMembers,
} from "../fixtures/factories";

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
  const other = new Database(sqliteFilePath(process.env.DATABASE_URL!));
  other.exec("BEGIN IMMEDIATE");
  return {
    release() {
      other.exec("ROLLBACK");
      other.close();
    },
  };
}

function tryBegin(connection: Database.Database): boolean {
  try {
    connection.exec("BEGIN IMMEDIATE");
    return true;
  } catch {
    return false;
  }
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
        refusal = await saveCycleValues(members.mlsp, target, [{ indicator: "A1.1", value, version: null }]).catch(
          (error: unknown) => error,
        );
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

  it("through the API: 503 with Retry-After and the busy message; the token's last-used bookkeeping is skipped, not an error", async () => {
    process.env.DATABASE_BUSY_WAIT_MS = "300";
    const token = await createTestApiToken(members.mlsp);
    const lock = holdWriteLock();
    let response: Response;
    try {
      const framework = target.frameworkCode;
      response = await PUT(
        apiRequest(`/api/v1/cycles/${framework}/2025/values`, {
          token,
          method: "PUT",
          body: [{ indicator: "A1.5", value: "Not saved", version: null }],
        }),
        routeParams({ framework, year: "2025" }),
      );
    } finally {
      lock.release();
    }
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("2");
    expect(await response.json()).toEqual({ error: { code: "UNAVAILABLE", message: DATABASE_BUSY_MESSAGE } });
    expect(await findTestValue({ versionId }, "A1.5")).toBeNull();
    expect(await db.apiToken.findFirstOrThrow({ where: { userId: members.mlsp.user.id } })).toMatchObject({ lastUsedAt: null });
  });

  it("gets in between the batches of a writer in another process that pauses between them", async () => {
    process.env.DATABASE_BUSY_WAIT_MS = "9000";
    const BATCHES = 40;
    // Stands for an import in another process: each batch holds the lock for 100 ms.
    const importer = new Database(sqliteFilePath(process.env.DATABASE_URL!), { timeout: 0 });
    let committed = 0;
    let isStopped = false;
    const importing = (async () => {
      while (!isStopped && committed < BATCHES) {
        while (!tryBegin(importer)) await sleep(5);
        await sleep(100);
        importer.exec("COMMIT");
        committed += 1;
        await pauseForOtherWriters();
      }
    })();
    try {
      await sleep(50);
      const saved = await saveCycleValues(members.mlsp, target, [{ indicator: "A1.6", value: 7, version: null }]);
      expect(saved.created).toBe(1);
      expect(committed, "the save did not wait for the whole import").toBeLessThan(BATCHES);
    } finally {
      isStopped = true;
      await importing;
      importer.close();
    }
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

  it("a write outside a transaction is refused as busy too once its wait runs out; routes and actions read it as UNAVAILABLE", async () => {
    process.env.DATABASE_BUSY_WAIT_MS = "300";
    const lock = holdWriteLock();
    let refusal: unknown;
    try {
      refusal = await db.job.create({ data: { workspaceId, kind: "TEST", params: {} } }).catch((error: unknown) => error);
    } finally {
      lock.release();
    }
    // Prisma wraps what the adapter throws on a query outside a transaction, keeping the code.
    expect(asAppError(refusal)).toMatchObject({ code: "UNAVAILABLE", message: DATABASE_BUSY_MESSAGE });
    expect(actionError(refusal)).toEqual({ status: "error", message: DATABASE_BUSY_MESSAGE });
    expect(await db.job.count({ where: { workspaceId } })).toBe(1);
  });
});
