import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadAccessContext } from "@/lib/auth/load-access-context";
import { db } from "@/lib/db";
import { asAppError } from "@/lib/errors";
import { fileStorage } from "@/lib/storage/file-storage";
import { claimedJobWhere, type JobClaim } from "./job-claim";
import { jobKindSchema, JOB_KINDS } from "./job-kinds";
import { JOB_HANDLERS, type JobOutcome } from "./job-handlers";
import { libText } from "@/lib/i18n/lib-text";
import { storedFieldErrorTexts, storedResultTexts } from "./job-result-texts";
import { storedJobText } from "./job-text";
import { throttleProgress, type ProgressReporter } from "./progress-reporter";

const DONE = libText("jobStages.done");
const FAILED_ON_SERVER = libText("errors.jobFailedOnServer");

/**
 * Runs one attempt at a job a runner has claimed (in the job's own process, or in the
 * runner's for tests): acts as the person who started it, with their permissions as they are
 * now, and records the outcome. Expected failures (bad input, refused access) end as FAILED
 * with their message and details. Every write is fenced by the claim: an attempt given up on
 * (its server seemed dead and another runner took the job) changes nothing.
 */
export async function runJob(claim: JobClaim, report: ProgressReporter): Promise<void> {
  const job = await db.job.findFirst({ where: claimedJobWhere(claim) });
  if (!job) return;
  const progress = throttleProgress(report);
  try {
    const kind = jobKindSchema.parse(job.kind);
    const access = job.createdById ? await loadAccessContext(job.createdById, { via: "session", workspaceId: job.workspaceId }) : null;
    if (!access) throw new Error("The person who started this job no longer has access to the workspace");
    const params = JOB_KINDS[kind].params.parse(job.params);
    const outcome: JobOutcome = await JOB_HANDLERS[kind]({
      job: { id: job.id, inputFileId: job.inputFileId },
      access,
      params: params as never,
      progress,
    });
    progress(1, DONE);
    const { count } = await db.job.updateMany({
      where: claimedJobWhere(claim),
      data: {
        status: "SUCCEEDED",
        progress: 100,
        stage: DONE.english,
        stageText: storedJobText(DONE),
        result: storedResultTexts(outcome.result) as Prisma.InputJsonValue,
        outputFileId: outcome.outputFileId ?? null,
        finishedAt: new Date(),
      },
    });
    if (count === 0 && outcome.outputFileId) await fileStorage().delete(outcome.outputFileId);
  } catch (error) {
    const expected = asAppError(error);
    if (!expected) console.error(`Capacitas: job ${claim.jobId} failed`, error);
    const details = expected
      ? {
          code: expected.code,
          fieldErrors: expected.fieldErrors ?? null,
          fieldErrorTexts: storedFieldErrorTexts(expected.problems),
          details: expected.details ?? null,
        }
      : null;
    await db.job.updateMany({
      where: claimedJobWhere(claim),
      data: {
        status: "FAILED",
        error: expected ? expected.message : FAILED_ON_SERVER.english,
        // An error without a key (a message not converted yet) stays English for everyone.
        errorText: expected ? (expected.text ? storedJobText(expected.text) : undefined) : storedJobText(FAILED_ON_SERVER),
        // The problems keep their keys as siblings (storedResultTexts), so the poll words them in its language.
        result: details === null ? undefined : (JSON.parse(JSON.stringify(storedResultTexts(details))) as Prisma.InputJsonValue),
        finishedAt: new Date(),
      },
    });
  }
}
