import "server-only";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { parseOrThrow } from "@/lib/validation/parse-input";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueJob } from "./job-queue";
import { JOB_KINDS, type JobKind } from "./job-kinds";
import { deleteOldJobFiles, jobFilePath } from "./jobs-directory";
import { toJobView, type JobView } from "./job-view";

/**
 * Queues a long import or export for the person, after checking that their role may start
 * it and that its parameters are valid; an uploaded input is kept in the jobs folder for the
 * job to read. The job runs in its own process and acts with the person's permissions.
 */
export async function createJob(
  access: AccessContext,
  kind: JobKind,
  rawParams: unknown,
  input?: { bytes: Uint8Array; extension: "zip" },
): Promise<JobView> {
  const definition = JOB_KINDS[kind];
  requirePermission(access, definition.permission);
  const params = parseOrThrow(definition.params, rawParams, "The job's parameters are not valid");
  if (kind === "framework-export") {
    const framework = await db.framework.findUnique({
      where: { workspaceId_code: { workspaceId: access.workspace.id, code: params.frameworkCode } },
      select: { id: true },
    });
    if (!framework) throw new AppError("NOT_FOUND", `No framework with code ${params.frameworkCode}`);
  }
  deleteOldJobFiles();
  const id = randomUUID();
  const inputFile = input ? `${id}.input.${input.extension}` : null;
  if (input && inputFile) fs.writeFileSync(jobFilePath(inputFile), input.bytes);
  const job = await db.job.create({
    data: {
      id,
      workspaceId: access.workspace.id,
      kind,
      params: params as Prisma.InputJsonValue,
      inputFile,
      createdById: access.user.id,
      stage: "Waiting for its turn",
    },
  });
  enqueueJob(id);
  return toJobView(job, null);
}
