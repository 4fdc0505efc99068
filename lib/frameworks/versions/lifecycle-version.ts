import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { type LibText, libText } from "@/lib/i18n/lib-text";
import type { FrameworkVersionStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

/** A version's status as refusals word it ("is {status}"), in the reader's language. */
export const VERSION_STATUS_TEXTS: Record<FrameworkVersionStatus, LibText> = {
  DRAFT: libText("errors.versionStatusDraft"),
  IN_CONSULTATION: libText("errors.versionStatusInConsultation"),
  VALIDATED: libText("errors.versionStatusValidated"),
  APPROVED: libText("errors.versionStatusApproved"),
  SUPERSEDED: libText("errors.versionStatusSuperseded"),
};

export type LifecycleVersion = {
  id: string;
  number: number;
  label: string;
  status: FrameworkVersionStatus;
  consultationDeadline: Date | null;
  framework: { id: string; code: string; quorumPercent: number };
};

const LIFECYCLE_VERSION_SELECT = {
  id: true,
  number: true,
  label: true,
  status: true,
  consultationDeadline: true,
  framework: { select: { id: true, code: true, quorumPercent: true } },
} as const;

/** A version's name, keyed for the audit log (decision 058): "Version {version} of {framework}". */
export function versionNameText(version: Pick<LifecycleVersion, "label" | "framework">): LibText {
  return libText("auditSummaries.versionName", versionValues(version));
}

/** The values that name a version in a refusal: "Version {version} of {framework}". */
export function versionValues(version: Pick<LifecycleVersion, "label" | "framework">): { version: string; framework: string } {
  return { version: version.label, framework: version.framework.code };
}

/** A version of the person's workspace by id, read in the caller's transaction, or NOT_FOUND. */
export async function requireLifecycleVersion(access: AccessContext, versionId: string, tx: Tx): Promise<LifecycleVersion> {
  const version = await inWorkspace(access.workspace.id, tx).frameworkVersion.findFirst({
    where: { id: versionId },
    select: LIFECYCLE_VERSION_SELECT,
  });
  if (!version) throw new AppError("NOT_FOUND", libText("errors.noSuchVersionInWorkspace"));
  return version;
}

/**
 * Refuses a step that the version's status does not allow. An approved or superseded version
 * gets its own message: it never changes again, whatever the step.
 */
export function expectVersionStatus(version: LifecycleVersion, expected: FrameworkVersionStatus, step: LibText): void {
  if (version.status === expected) return;
  const status = VERSION_STATUS_TEXTS[version.status];
  if (version.status === "APPROVED" || version.status === "SUPERSEDED")
    throw new AppError("CONFLICT", libText("errors.versionNeverChanges", { ...versionValues(version), status }));
  throw new AppError(
    "CONFLICT",
    libText("errors.versionStepRefused", { ...versionValues(version), status, step, expected: VERSION_STATUS_TEXTS[expected] }),
  );
}

/**
 * Writes to the version only if it still has the status the caller read. Two people acting at
 * once (two approvals, a comment while the consultation is being validated) cannot both pass:
 * the second finds no row in the expected status and gets CONFLICT, and its transaction rolls back.
 */
export async function updateVersionIfStatus(
  tx: Tx,
  version: LifecycleVersion,
  expected: FrameworkVersionStatus,
  data: Prisma.FrameworkVersionUpdateManyMutationInput,
): Promise<void> {
  const { count } = await tx.frameworkVersion.updateMany({
    where: { id: version.id, status: expected },
    data: { ...data, updatedAt: new Date() },
  });
  if (count !== 1) throw new AppError("CONFLICT", libText("errors.versionChangedWhileActing", versionValues(version)));
}
