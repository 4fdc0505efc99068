/**
 * A job's stage and error in the reader's language (issue 13, decision 035): the job row keeps
 * the English and the message key, and GET /api/v1/jobs/{id} words them in the language its
 * Accept-Language asks for (the job progress of pages sends the page's language). The queue is
 * moved by hand (claim, heartbeat, a lost server), with no runner, so nothing else touches the job.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { GET as GET_JOB } from "@/app/api/v1/jobs/[id]/route";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { libText } from "@/lib/i18n/lib-text";
import { claimNextJob } from "@/lib/jobs/claim-next-job";
import { createJob } from "@/lib/jobs/create-job";
import { failJobAttempt } from "@/lib/jobs/fail-job-attempt";
import { JOB_STALE_AFTER_MS } from "@/lib/jobs/job-limits";
import { recordJobHeartbeat } from "@/lib/jobs/record-job-heartbeat";
import { LOST_SERVER_MESSAGE, recoverStaleJobs } from "@/lib/jobs/recover-stale-jobs";
import { createExportWorkspace } from "../fixtures/export-files";
import { apiRequest, routeParams } from "../fixtures/factories";

let secretariat: AccessContext;
let token: string;
let code: string;

beforeAll(async () => {
  ({ secretariat, token, code } = await createExportWorkspace());
});

async function jobIn(id: string, acceptLanguage?: string): Promise<{ status: string; stage: string | null; error: string | null }> {
  const headers: Record<string, string> = acceptLanguage ? { "accept-language": acceptLanguage } : {};
  const response = await GET_JOB(apiRequest(`/api/v1/jobs/${id}`, { token, headers }), routeParams({ id }));
  expect(response.status).toBe(200);
  return (await response.json()) as { status: string; stage: string | null; error: string | null };
}

describe("a job's stage and error", () => {
  it("are worded in the language asked for, and stay English without one, from queue to a lost server", async () => {
    // Jobs of earlier files in this database must not take the claims below.
    await db.job.updateMany({ where: { status: { in: ["QUEUED", "RUNNING"] } }, data: { status: "FAILED", error: "test over" } });
    const job = await createJob(secretariat, "framework-export", { frameworkCode: code, format: "csv", includeProvisional: false });

    expect(await jobIn(job.id, "ro-MD, ro;q=0.9")).toMatchObject({ status: "QUEUED", stage: "Își așteaptă rândul" });
    expect(await jobIn(job.id)).toMatchObject({ status: "QUEUED", stage: "Waiting for its turn" });

    const start = new Date();
    const claim = await claimNextJob("stages-runner", start);
    expect(claim?.jobId).toBe(job.id);
    await recordJobHeartbeat(claim!, start, { fraction: 0.3, stage: libText("jobStages.readingFiles", { index: 3, total: 9 }) });
    expect(await jobIn(job.id, "ru")).toMatchObject({ status: "RUNNING", stage: "Чтение файлов (3 из 9)" });
    // The row keeps the English, for logs and for clients that ask for no language.
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      stage: "Reading the files (3 of 9)",
      stageText: { key: "jobStages.readingFiles", values: { index: 3, total: 9 } },
    });

    // Its server goes silent: back in the queue once, then failed for good.
    const later = new Date(start.getTime() + JOB_STALE_AFTER_MS + 1_000);
    expect(await recoverStaleJobs(later)).toMatchObject({ requeued: 1 });
    expect(await jobIn(job.id, "fr")).toMatchObject({ stage: "De nouveau en attente : son serveur s’est arrêté" });
    expect(await claimNextJob("stages-runner", later)).toMatchObject({ jobId: job.id });
    expect(await recoverStaleJobs(new Date(later.getTime() + JOB_STALE_AFTER_MS + 1_000))).toMatchObject({ failed: 1 });
    expect(await jobIn(job.id, "es")).toMatchObject({
      status: "FAILED",
      error: "El servidor que ejecutaba esta tarea se detuvo antes de terminar y ya se reintentó una vez; vuelva a ejecutarla.",
    });
    expect(await jobIn(job.id, "tlh")).toMatchObject({ status: "FAILED", error: LOST_SERVER_MESSAGE });
  });

  it("an attempt whose process crashed keeps its failure's key, and the poll words it", async () => {
    await db.job.updateMany({ where: { status: { in: ["QUEUED", "RUNNING"] } }, data: { status: "FAILED", error: "test over" } });
    const job = await createJob(secretariat, "framework-export", { frameworkCode: code, format: "csv", includeProvisional: false });
    const claim = await claimNextJob("crash-runner", new Date());
    expect(claim?.jobId).toBe(job.id);
    await failJobAttempt(claim!, libText("errors.jobProcessExitedSaying", { code: "1", detail: "Error: out of memory" }), new Date());

    expect(await jobIn(job.id)).toMatchObject({
      status: "FAILED",
      error: "The job process ended unexpectedly (exit code 1). Error: out of memory",
    });
    expect(await jobIn(job.id, "ro")).toMatchObject({
      error: "Procesul sarcinii s-a încheiat neașteptat (cod de ieșire 1). Error: out of memory",
    });
    expect(await jobIn(job.id, "ru")).toMatchObject({
      error: "Процесс задания неожиданно завершился (код выхода 1). Error: out of memory",
    });
  });
});
