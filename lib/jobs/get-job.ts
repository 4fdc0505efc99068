import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Job } from "@/lib/generated/prisma/client";
import { toJobView, type JobView } from "./job-view";
import { libText } from "@/lib/i18n/lib-text";
import type { LibTranslator } from "@/lib/i18n/lib-translator";

/**
 * A job of the person's own: an export holds the data its author may read, and an import
 * report the files they uploaded, so nobody else sees them. Others get "not found", which
 * says nothing about whether the job exists.
 */
export async function requireOwnJob(access: AccessContext, jobId: string): Promise<Job> {
  const job = await db.job.findUnique({ where: { id: jobId } });
  if (!job || job.workspaceId !== access.workspace.id || job.createdById !== access.user.id) {
    throw new AppError("NOT_FOUND", libText("errors.noSuchJob"));
  }
  return job;
}

/** The job as its author sees it; with a translator, its stage and error in that language. */
export async function getJob(access: AccessContext, jobId: string, translator?: LibTranslator): Promise<JobView> {
  const job = await requireOwnJob(access, jobId);
  return toJobView(job, translator);
}
