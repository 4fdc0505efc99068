/**
 * A server killed with SIGKILL in the middle of a job (issue 12): its job's child process
 * stops with it, and the job ends on another server's runner once the heartbeat is stale.
 * The first server is a real process (tests/fixtures/job-server.ts) whose runner starts the
 * real job process; the second is a runner in this process, with its clock moved past the
 * stale limit rather than waiting 45 s.
 */
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { sqliteFilePath } from "@/lib/database/database-url";
import { db } from "@/lib/db";
import { createJob } from "@/lib/jobs/create-job";
import { JOB_STALE_AFTER_MS } from "@/lib/jobs/job-limits";
import { createJobRunner, type JobRunner } from "@/lib/jobs/job-runner";
import { readJobFile } from "@/lib/jobs/read-job-file";
import { runJob } from "@/lib/jobs/run-job";
import { createExportFramework } from "../fixtures/export-files";
import { createTestMember, createTestWorkspace } from "../fixtures/factories";

const ROOT = path.resolve(import.meta.dirname, "../..");
let survivor: JobRunner | null = null;
afterAll(() => survivor?.stop());

/** Processes whose command line names the job: its child process, while it lives. */
function jobProcesses(jobId: string): string[] {
  const listing = spawnSync("ps", ["-eo", "pid,args"], { encoding: "utf8" }).stdout;
  return listing.split("\n").filter((line) => line.includes("run-job.ts") && line.includes(jobId));
}

async function until(condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await sleep(100);
  }
}

describe("a server killed mid-job", () => {
  it("takes the job's process with it, and another server's runner finishes the job", async () => {
    const { workspaceId } = await createTestWorkspace();
    const code = (await createExportFramework(workspaceId)).code;
    const person = await createTestMember(workspaceId, "SECRETARIAT");
    const job = await createJob(person, "framework-export", { frameworkCode: code, format: "csv" });

    const server = spawn(
      process.execPath,
      ["--import", "./scripts/server-only-hook.mjs", "--import", "tsx", "tests/fixtures/job-server.ts", "server-killed"],
      { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: "" }, stdio: ["ignore", "pipe", "inherit"] },
    );
    const exited = new Promise((resolve) => server.on("exit", resolve));
    // Once it has claimed the job, hold the write lock, so that the job cannot record its
    // outcome before the server is killed, whatever the speed of this machine.
    let lock: Database.Database | null = null;
    try {
      await until(
        async () => (await db.job.findUniqueOrThrow({ where: { id: job.id } })).claimedBy === "server-killed",
        "the server claimed the job",
      );
      lock = new Database(sqliteFilePath(process.env.DATABASE_URL!));
      lock.exec("BEGIN IMMEDIATE");
      await until(() => jobProcesses(job.id).length > 0, "the job's process started");
    } finally {
      server.kill("SIGKILL");
      await exited;
    }
    await until(() => jobProcesses(job.id).length === 0, "the job's process ended with its server", 20_000);
    lock.exec("ROLLBACK");
    lock.close();
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "RUNNING",
      claimedBy: "server-killed",
      attempts: 1,
    });

    const ranHere: string[] = [];
    survivor = createJobRunner({
      runnerId: "server-survives",
      concurrency: 1,
      now: () => new Date(Date.now() + JOB_STALE_AFTER_MS + 1_000),
      execute: async (claim, report) => {
        ranHere.push(claim.jobId);
        await runJob(claim, report);
      },
    });
    await survivor.pollOnce();
    await survivor.drain();
    expect(ranHere).toEqual([job.id]);
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "SUCCEEDED",
      claimedBy: "server-survives",
      attempts: 2,
    });
    expect((await readJobFile(person, job.id)).fileName).toMatch(/\.csv$/);
  }, 120_000);
});
