import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { FrameworkVersionStatus } from "@/lib/generated/prisma/enums";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

export type DraftVersionRef = { id: string; number: number; label: string; frameworkId: string; frameworkCode: string };

const STATUS_WORDS: Record<FrameworkVersionStatus, string> = {
  DRAFT: "a draft",
  IN_CONSULTATION: "in consultation",
  VALIDATED: "validated",
  APPROVED: "approved",
  SUPERSEDED: "superseded",
};

/**
 * The one guard of every change to a version's matrix: only a draft changes. An approved
 * version never does (its values were reported against it); a version in consultation
 * changes only through its comments' resolution, back in a new draft. Found by id within
 * the person's workspace, never from client input alone. Read in the caller's transaction.
 */
export async function requireDraftVersion(access: AccessContext, versionId: string, client: Tx = db): Promise<DraftVersionRef> {
  const version = await inWorkspace(access.workspace.id, client).frameworkVersion.findFirst({
    where: { id: versionId },
    select: { id: true, number: true, label: true, status: true, frameworkId: true, framework: { select: { code: true } } },
  });
  if (!version) throw new AppError("NOT_FOUND", "There is no such framework version in this workspace");
  if (version.status !== "DRAFT")
    throw new AppError(
      "CONFLICT",
      `Version ${version.label} of ${version.framework.code} is ${STATUS_WORDS[version.status]} and can no longer change; start a new draft from the version in force`,
    );
  return {
    id: version.id,
    number: version.number,
    label: version.label,
    frameworkId: version.frameworkId,
    frameworkCode: version.framework.code,
  };
}
