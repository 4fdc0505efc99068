import { setTimeout as sleep } from "node:timers/promises";
import Database from "better-sqlite3";
import { describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/health/route";
import { sqliteFilePath } from "@/lib/database/database-url";
import { prepareServer } from "@/lib/server/prepare-server";

/** Another connection to the same file that takes the write lock, as an import in another process would. */
function holdWriteLock() {
  const other = new Database(sqliteFilePath(process.env.DATABASE_URL!));
  other.exec("BEGIN IMMEDIATE");
  return () => {
    other.exec("ROLLBACK");
    other.close();
  };
}

async function expectUnavailable(response: Response, message: string) {
  expect(response.status).toBe(503);
  expect(response.headers.get("Retry-After")).toBe("2");
  expect(await response.json()).toEqual({ error: { code: "UNAVAILABLE", message } });
}

// In order: the process starts unprepared, as the server does before its start-up hook has run.
describe("GET /api/health", () => {
  it("answers 503 until start-up (migrations, expired files, demo seed) has finished, then 200", async () => {
    await expectUnavailable(await GET(), "The server is still starting (migrations and demo data)");

    // Start-up has to write (it deletes expired stored files); with the write lock held elsewhere it waits.
    const release = holdWriteLock();
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    let isPrepared = false;
    const preparing = prepareServer().finally(() => (isPrepared = true));
    try {
      await sleep(300);
      expect(isPrepared, "start-up waits for the write lock").toBe(false);
      await expectUnavailable(await GET(), "The server is still starting (migrations and demo data)");
    } finally {
      release();
    }
    await preparing;
    log.mockRestore();

    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("answers 503 when the database answers but cannot take writes (its write lock is held elsewhere)", async () => {
    const release = holdWriteLock();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      await expectUnavailable(await GET(), "The database cannot take writes");
    } finally {
      release();
    }
    expect(warn).toHaveBeenCalledWith("Health check: database cannot write", "The database is busy; try again in a moment");
    expect((await GET()).status).toBe(200);
  });

  it("answers 503 with an error body when the database does not answer", async () => {
    const { db } = await import("@/lib/db");
    const failure = vi.spyOn(db, "$queryRaw").mockRejectedValueOnce(new Error("SQLITE_CANTOPEN: unable to open database file"));
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const response = await GET();
    await expectUnavailable(response, "The database does not answer");
    expect(failure).toHaveBeenCalledOnce();
    expect(warn).toHaveBeenCalledWith("Health check: database unavailable", "SQLITE_CANTOPEN: unable to open database file");
  });
});
