import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createInstitution } from "@/lib/institutions/create-institution";
import { createTestMember, createTestWorkspace, uniqueCode } from "../fixtures/factories";

/**
 * Another process (a command-line import, a second server) holds the database's write lock
 * for a moment. It writes a rate-limit counter, a table the audit guard does not follow.
 */
function holdWriteLock(file: string, milliseconds: number): { locked: Promise<void>; done: Promise<number | null> } {
  const script = `
    const Database = require("better-sqlite3");
    const sqlite = new Database(${JSON.stringify(file)});
    sqlite.pragma("busy_timeout = 5000");
    sqlite.exec("BEGIN IMMEDIATE");
    process.stdout.write("locked\\n");
    setTimeout(() => {
      sqlite.prepare("INSERT INTO RateLimitBucket (key, count, windowStartedAt) VALUES (?, 1, ?)").run("other-process", new Date().toISOString());
      sqlite.exec("COMMIT");
      sqlite.close();
    }, ${milliseconds});`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  const locked = new Promise<void>((resolve) =>
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve()),
  );
  const done = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { locked, done };
}

describe("two processes writing to the embedded database", () => {
  it("an operation that reads then writes waits for the other writer instead of failing", async () => {
    const { workspaceId } = await createTestWorkspace();
    const admin = await createTestMember(workspaceId, "ADMIN");
    const file = process.env.DATABASE_URL!.replace(/^file:/, "");

    const other = holdWriteLock(file, 700);
    await other.locked;
    const started = Date.now();
    const code = uniqueCode("C").slice(0, 10);
    await createInstitution(admin, { code, name: "Agency created while another process writes" });
    const waited = Date.now() - started;

    expect(await other.done).toBe(0);
    expect(await db.institution.count({ where: { workspaceId, code } })).toBe(1);
    expect(await db.rateLimitBucket.count({ where: { key: "other-process" } })).toBe(1);
    expect(waited).toBeGreaterThanOrEqual(300);
  });
});
