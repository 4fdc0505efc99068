import "server-only";
import { parseOrThrow } from "@/lib/validation/parse-input";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runInTransaction } from "@/lib/database/run-in-transaction";
import { db, type Tx } from "@/lib/db";
import { AppError, isSerializationFailure } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fileStorage } from "@/lib/storage/file-storage";
import { JOB_KINDS, type JobKind } from "./job-kinds";
import { JOB_FILE_LIFETIME_MS, MAX_UNFINISHED_JOBS_PER_PERSON } from "./job-limits";
import { storedJobText } from "./job-text";
import { toJobView, type JobView } from "./job-view";
import { wakeServerJobRunner } from "./server-job-runner";
import { libText } from "@/lib/i18n/lib-text";

const WAITING = libText("jobStages.waiting");

/**
 * Queues a long import or export for the person, after checking that their role may start
 * it, that its parameters are valid and that they have fewer than
 * MAX_UNFINISHED_JOBS_PER_PERSON jobs waiting or running (so one person cannot fill the
 * queue). An uploaded input goes to the shared file storage, where whichever server runs the
 * job reads it. The job acts with the person's permissions.
 */
export async function createJob(
  access: AccessContext,
  kind: JobKind,
  rawParams: unknown,
  input?: { bytes: Uint8Array; extension: "zip" },
): Promise<JobView> {
  const definition = JOB_KINDS[kind];
  requirePermission(access, definition.permission);
  const params = parseOrThrow(definition.params, rawParams, libText("errors.jobParamsNotValid"));
  if (kind === "framework-export") {
    const framework = await db.framework.findUnique({
      where: { workspaceId_code: { workspaceId: access.workspace.id, code: params.frameworkCode } },
      select: { id: true },
    });
    if (!framework) throw new AppError("NOT_FOUND", libText("errors.noFrameworkWithCode", { framework: params.frameworkCode }));
  }
  // Refused before a large upload is stored; checked again below, where it counts.
  await refuseBeyondCap(db, access.user.id);
  const inputFileId = input
    ? await fileStorage().save({
        bytes: input.bytes,
        fileName: `upload.${input.extension}`,
        contentType: "application/zip",
        expiresAt: new Date(Date.now() + JOB_FILE_LIFETIME_MS),
      })
    : null;
  try {
    const job = await insertWithinCap(access.user.id, {
      workspaceId: access.workspace.id,
      kind,
      params: params as Prisma.InputJsonValue,
      inputFileId,
      createdById: access.user.id,
      stage: WAITING.english,
      stageText: storedJobText(WAITING),
    });
    wakeServerJobRunner();
    return toJobView(job);
  } catch (error) {
    if (inputFileId) await fileStorage().delete(inputFileId);
    throw error;
  }
}

/**
 * Count and insert in one transaction, so two requests at once cannot both pass the cap: on
 * SQLite it holds the write lock; on PostgreSQL it is SERIALIZABLE, and of a person's requests
 * racing each other one commits per round while the others are rolled back and retried. A
 * request still losing after the retries lost to that person's own jobs: when they now fill
 * the cap the answer is the cap's 429, not a 409 that invites an immediate retry.
 */
async function insertWithinCap(userId: string, data: Prisma.JobUncheckedCreateInput) {
  try {
    return await runInTransaction(async (tx) => {
      await refuseBeyondCap(tx, userId);
      return tx.job.create({ data });
    });
  } catch (error) {
    if (isSerializationFailure(error)) await refuseBeyondCap(db, userId);
    throw error;
  }
}

async function refuseBeyondCap(client: Tx | typeof db, userId: string): Promise<void> {
  const unfinished = await client.job.count({ where: { createdById: userId, status: { in: ["QUEUED", "RUNNING"] } } });
  if (unfinished >= MAX_UNFINISHED_JOBS_PER_PERSON) {
    throw new AppError("RATE_LIMITED", libText("errors.tooManyJobs", { count: unfinished }));
  }
}
