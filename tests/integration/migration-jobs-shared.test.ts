import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { applySqliteMigrations } from "@/lib/database/apply-migrations";

/**
 * The migration to the shared job queue (decision 027), run on a database of the release
 * before it, with jobs of the old in-memory queue in it: finished jobs keep their outcome,
 * unfinished ones (their process and their folder file are gone) end as failed.
 */
const RELEASE_DATABASE = path.join(import.meta.dirname, "..", "fixtures", "databases", "release-2026-12-02-demo.db");
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "capacitas-migration-jobs-"));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe("migration to the shared job queue, on the previous release's database", () => {
  it("keeps finished jobs, fails the unfinished ones with a message, and starts every job unclaimed", () => {
    const file = path.join(folder, "jobs.db");
    fs.copyFileSync(RELEASE_DATABASE, file);
    const before = new Database(file);
    const { id: workspaceId } = before.prepare(`SELECT "id" FROM "Workspace" LIMIT 1`).get() as { id: string };
    const insert = before.prepare(
      `INSERT INTO "Job" ("id", "workspaceId", "kind", "status", "progress", "params", "result", "inputFile", "outputFile", "createdAt") VALUES (?, ?, ?, ?, ?, '{}', ?, ?, ?, ?)`,
    );
    insert.run("old-done", workspaceId, "framework-export", "SUCCEEDED", 100, '{"fileName":"a.csv"}', null, "old-done.csv", 1764000000000);
    insert.run("old-queued", workspaceId, "open-sdg-import", "QUEUED", 0, null, "old-queued.input.zip", null, 1764000001000);
    insert.run("old-running", workspaceId, "framework-export", "RUNNING", 40, null, null, null, 1764000002000);
    before.close();

    applySqliteMigrations(file);

    const after = new Database(file);
    const jobs = after
      .prepare(
        `SELECT "id", "status", "progress", "result", "error", "finishedAt", "createdAt", "inputFileId", "outputFileId", "claimedBy", "attempts" FROM "Job" ORDER BY "id"`,
      )
      .all();
    const failed = "The server was upgraded before the job finished; please run it again.";
    expect(jobs).toEqual([
      {
        id: "old-done",
        status: "SUCCEEDED",
        progress: 100,
        result: '{"fileName":"a.csv"}',
        error: null,
        finishedAt: null,
        createdAt: 1764000000000,
        inputFileId: null,
        outputFileId: null,
        claimedBy: null,
        attempts: 0,
      },
      {
        id: "old-queued",
        status: "FAILED",
        progress: 0,
        result: null,
        error: failed,
        finishedAt: 1764000001000,
        createdAt: 1764000001000,
        inputFileId: null,
        outputFileId: null,
        claimedBy: null,
        attempts: 0,
      },
      {
        id: "old-running",
        status: "FAILED",
        progress: 40,
        result: null,
        error: failed,
        finishedAt: 1764000002000,
        createdAt: 1764000002000,
        inputFileId: null,
        outputFileId: null,
        claimedBy: null,
        attempts: 0,
      },
    ]);
    expect(after.prepare(`PRAGMA foreign_key_check`).all()).toEqual([]);
    after.close();
  });
});
