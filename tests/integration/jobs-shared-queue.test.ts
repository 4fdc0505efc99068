/**
 * The job queue every server shares (decision 027), with two or three "servers" played by
 * runner instances with their own ids in this one process, on a real SQLite database. Jobs
 * run in-process here (runJob, the same code the job's child process runs); the clock that
 * heartbeats and staleness are measured by is moved by hand.
 */
import { libText } from "@/lib/i18n/lib-text";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { claimNextJob } from "@/lib/jobs/claim-next-job";
import { createJob } from "@/lib/jobs/create-job";
import type { JobClaim } from "@/lib/jobs/job-claim";
import { JOB_STALE_AFTER_MS } from "@/lib/jobs/job-limits";
import { createJobRunner, type JobExecutor, type JobRunner } from "@/lib/jobs/job-runner";
import { readJobFile } from "@/lib/jobs/read-job-file";
import { LOST_SERVER_MESSAGE, recoverStaleJobs } from "@/lib/jobs/recover-stale-jobs";
import { runJob } from "@/lib/jobs/run-job";
import { createExportFramework, decodeUtf8, parseCsvRows, APPROVED_VALUE_COUNT } from "../fixtures/export-files";
import { createTestMember, createTestWorkspace } from "../fixtures/factories";

let workspaceId: string;
let code: string;
const runners: JobRunner[] = [];

beforeAll(async () => {
  ({ workspaceId } = await createTestWorkspace());
  code = (await createExportFramework(workspaceId)).code;
});

afterEach(async () => {
  for (const runner of runners.splice(0)) runner.stop();
  // Nothing of one test is left for the next one's runners to find.
  await db.job.updateMany({ where: { status: { in: ["QUEUED", "RUNNING"] } }, data: { status: "FAILED", error: "test over" } });
});

/** A clock the test moves. */
function testClock(start = new Date()) {
  let time = start.getTime();
  return { now: () => new Date(time), advance: (ms: number) => (time += ms) };
}

/** An executor that counts how often each job ran, then runs it as the job process would. */
function countingExecutor(runs: Map<string, number>, order?: string[]): JobExecutor {
  return async (claim, report) => {
    runs.set(claim.jobId, (runs.get(claim.jobId) ?? 0) + 1);
    order?.push(claim.jobId);
    await runJob(claim, report);
  };
}

/** An attempt that hangs until released, as a job on a server that is about to die. */
function hangingExecutor() {
  const claims: JobClaim[] = [];
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const execute: JobExecutor = async (claim, report) => {
    claims.push(claim);
    report(0.4, libText("jobStages.stagingValues"));
    await released;
  };
  return { execute, claims, release };
}

function runner(id: string, execute: JobExecutor, options: { concurrency?: number; now?: () => Date } = {}): JobRunner {
  const created = createJobRunner({ runnerId: id, concurrency: options.concurrency ?? 1, execute, now: options.now });
  runners.push(created);
  return created;
}

async function startExport(person: AccessContext, format = "csv") {
  return createJob(person, "framework-export", { frameworkCode: code, format });
}

/** Lets the runners work until no job is waiting or running, within a deadline. */
async function untilQueueIsEmpty(deadlineMs = 20_000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while ((await db.job.count({ where: { status: { in: ["QUEUED", "RUNNING"] } } })) > 0) {
    expect(Date.now(), "the queue should drain").toBeLessThan(deadline);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("one queue, several servers", () => {
  it("two runners share nine exports of three people: each runs exactly once, on one of them, and its file reads back", async () => {
    const people = [
      await createTestMember(workspaceId, "SECRETARIAT"),
      await createTestMember(workspaceId, "VIEWER"),
      await createTestMember(workspaceId, "FOCAL_POINT"),
    ];
    const jobIds: string[] = [];
    for (const person of people) for (let n = 0; n < 3; n += 1) jobIds.push((await startExport(person)).id);

    const runs = new Map<string, number>();
    const first = runner("server-a", countingExecutor(runs), { concurrency: 2 });
    const second = runner("server-b", countingExecutor(runs), { concurrency: 2 });
    await Promise.all([first.pollOnce(), second.pollOnce(), first.pollOnce(), second.pollOnce()]);
    await untilQueueIsEmpty();
    await Promise.all([first.drain(), second.drain()]);

    expect([...runs.values()]).toEqual(jobIds.map(() => 1));
    expect(new Set(runs.keys())).toEqual(new Set(jobIds));
    const jobs = await db.job.findMany({ where: { id: { in: jobIds } } });
    expect(jobs.map((job) => [job.status, job.attempts, job.progress])).toEqual(jobIds.map(() => ["SUCCEEDED", 1, 100]));
    expect(new Set(jobs.map((job) => job.claimedBy))).toEqual(new Set(["server-a", "server-b"]));

    const person = people[1]!;
    const file = await readJobFile(person, jobIds[3]!);
    expect(parseCsvRows(decodeUtf8(file.bytes))).toHaveLength(APPROVED_VALUE_COUNT + 1);
  });

  it("two runners racing for the one queued job: exactly one claim wins", async () => {
    const job = await startExport(await createTestMember(workspaceId, "SECRETARIAT"));
    const claims = await Promise.all(["a", "b", "c", "d"].map((id) => claimNextJob(`racer-${id}`, new Date())));
    const winners = claims.filter((claim) => claim !== null);
    expect(winners).toHaveLength(1);
    expect(winners[0]).toMatchObject({ jobId: job.id, attempt: 1 });
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "RUNNING", claimedBy: winners[0]!.runnerId });
  });

  it("a runner's heartbeats keep its job and carry its progress; when they stop, the job ends on another runner, once", async () => {
    const clock = testClock();
    const person = await createTestMember(workspaceId, "SECRETARIAT");
    const job = await startExport(person);
    const dying = hangingExecutor();
    const first = runner("server-dies", dying.execute, { now: clock.now });
    const runs = new Map<string, number>();
    const second = runner("server-lives", countingExecutor(runs), { now: clock.now });

    await first.pollOnce();
    expect(first.runningJobIds()).toEqual([job.id]);
    clock.advance(30_000);
    await first.sendHeartbeats();
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "RUNNING",
      progress: 40,
      stage: "Staging values",
      stageText: { key: "jobStages.stagingValues" },
    });

    // 40 s after the last heartbeat (70 s after the claim): still alive, the other runner keeps off.
    clock.advance(40_000);
    await second.pollOnce();
    expect(runs.size).toBe(0);
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "RUNNING", claimedBy: "server-dies" });

    // Past the stale limit without a heartbeat (say the database was busy): its own runner,
    // which knows the attempt is alive, does not give up on it.
    clock.advance(JOB_STALE_AFTER_MS - 40_000 + 1_000);
    await first.pollOnce();
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "RUNNING",
      claimedBy: "server-dies",
      attempts: 1,
    });

    // The first server dies: no more heartbeats. The other runner takes the job.
    first.stop();
    await second.pollOnce();
    await untilQueueIsEmpty();
    await second.drain();
    expect(runs.get(job.id)).toBe(1);
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "SUCCEEDED",
      claimedBy: "server-lives",
      attempts: 2,
      error: null,
    });

    // The first attempt wakes up late: fenced by its claim, it changes nothing.
    dying.release();
    await first.drain();
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "SUCCEEDED",
      claimedBy: "server-lives",
      error: null,
    });
    expect((await readJobFile(person, job.id)).fileName).toMatch(/\.csv$/);
  });

  it("a job whose server died twice ends as failed, saying so, within a minute of its last heartbeat", async () => {
    const clock = testClock();
    const job = await startExport(await createTestMember(workspaceId, "SECRETARIAT"));
    const first = hangingExecutor();
    const second = hangingExecutor();
    const a = runner("server-1", first.execute, { now: clock.now });
    const b = runner("server-2", second.execute, { now: clock.now });

    await a.pollOnce();
    a.stop();
    clock.advance(JOB_STALE_AFTER_MS + 1_000);
    await b.pollOnce();
    expect(second.claims).toEqual([{ jobId: job.id, runnerId: "server-2", attempt: 2 }]);
    b.stop();

    clock.advance(JOB_STALE_AFTER_MS - 1_000);
    expect(await recoverStaleJobs(clock.now())).toEqual({ requeued: 0, failed: 0 });
    clock.advance(2_000);
    expect(await recoverStaleJobs(clock.now())).toEqual({ requeued: 0, failed: 1 });
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "FAILED",
      error: LOST_SERVER_MESSAGE,
      attempts: 2,
    });
    first.release();
    second.release();
    await Promise.all([a.drain(), b.drain()]);
    expect((await db.job.findUniqueOrThrow({ where: { id: job.id } })).error).toBe(LOST_SERVER_MESSAGE);
  });

  it("an attempt whose process crashed ends as failed with what went wrong", async () => {
    const job = await startExport(await createTestMember(workspaceId, "SECRETARIAT"));
    const crashing = runner("server-crash", async () => {
      throw new Error("The job process ended unexpectedly (SIGKILL).");
    });
    await crashing.pollOnce();
    await crashing.drain();
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "FAILED",
      error: "The job process ended unexpectedly (SIGKILL).",
    });
  });
});
