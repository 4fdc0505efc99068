import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadAccessContext } from "@/lib/auth/load-access-context";
import { db } from "@/lib/db";
import { asAppError } from "@/lib/errors";
import { jobKindSchema, JOB_KINDS } from "./job-kinds";
import { JOB_HANDLERS, type JobOutcome } from "./job-handlers";
import { throttleProgress, type ProgressReporter } from "./progress-reporter";

/**
 * Runs one queued job in this process (the child the queue started): marks it running, acts
 * as the person who started it, with their permissions as they are now, and records the
 * outcome. Expected failures (bad input, refused access) end as FAILED with their message
 * and details; nothing the job changes is kept unless it finished.
 */
export async function runJob(jobId: string, report: ProgressReporter): Promise<void> {
  const claimed = await db.job.updateMany({ where: { id: jobId, status: "QUEUED" }, data: { status: "RUNNING", startedAt: new Date() } });
  if (claimed.count === 0) return;
  const job = await db.job.findUniqueOrThrow({ where: { id: jobId } });
  const progress = throttleProgress(report);
  try {
    const kind = jobKindSchema.parse(job.kind);
    const access = job.createdById ? await loadAccessContext(job.createdById, { via: "session", workspaceId: job.workspaceId }) : null;
    if (!access) throw new Error("The person who started this job no longer has access to the workspace");
    const params = JOB_KINDS[kind].params.parse(job.params);
    const outcome: JobOutcome = await JOB_HANDLERS[kind]({
      job: { id: job.id, inputFile: job.inputFile },
      access,
      params: params as never,
      progress,
    });
    progress(1, "Done");
    await db.job.update({
      where: { id: jobId },
      data: {
        status: "SUCCEEDED",
        progress: 100,
        stage: "Done",
        result: outcome.result as Prisma.InputJsonValue,
        outputFile: outcome.outputFile ?? null,
        finishedAt: new Date(),
      },
    });
  } catch (error) {
    const expected = asAppError(error);
    if (!expected) console.error(`Capacitas: job ${jobId} failed`, error);
    const details = expected ? { code: expected.code, fieldErrors: expected.fieldErrors ?? null, details: expected.details ?? null } : null;
    await db.job.update({
      where: { id: jobId },
      data: {
        status: "FAILED",
        error: expected ? expected.message : "The job failed on the server. The error has been logged.",
        result: details === null ? undefined : (JSON.parse(JSON.stringify(details)) as Prisma.InputJsonValue),
        finishedAt: new Date(),
      },
    });
  }
}
