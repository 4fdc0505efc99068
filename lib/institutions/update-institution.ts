import "server-only";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { parseOrThrow } from "@/lib/validation/parse-input";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { renameInstitutionSchema } from "./schemas";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { libText } from "@/lib/i18n/lib-text";

async function requireWorkspaceInstitutionRecord(tx: Tx, access: AccessContext, institutionId: string) {
  const institution = await inWorkspace(access.workspace.id, tx).institution.findUnique({ where: { id: institutionId } });
  if (!institution) throw new AppError("NOT_FOUND", libText("errors.noSuchInstitution"));
  return institution;
}

/** Renames an institution; its code, indicators and history stay. */
export async function renameInstitution(access: AccessContext, institutionId: string, raw: { name: unknown }): Promise<void> {
  requirePermission(access, "institutions.manage");
  const input = parseOrThrow(renameInstitutionSchema, raw, libText("errors.checkName"));
  await runMutation(actorOf(access), async (tx, audit) => {
    const institution = await requireWorkspaceInstitutionRecord(tx, access, institutionId);
    await tx.institution.update({ where: { id: institution.id }, data: { name: input.name } });
    await audit({
      workspaceId: access.workspace.id,
      action: "institution.updated",
      entityType: "Institution",
      entityId: institution.id,
      summary: libText("auditSummaries.institutionRenamed", { code: institution.code }),
      before: { name: institution.name },
      after: { name: input.name },
    });
  });
}

/**
 * Deactivates or reactivates an institution. Its indicators and values stay; its focal
 * points can no longer act for it until it is reactivated.
 */
export async function setInstitutionActive(access: AccessContext, institutionId: string, isActive: boolean): Promise<void> {
  requirePermission(access, "institutions.manage");
  await runMutation(actorOf(access), async (tx, audit) => {
    const institution = await requireWorkspaceInstitutionRecord(tx, access, institutionId);
    if (institution.isActive === isActive)
      throw new AppError(
        "CONFLICT",
        isActive
          ? libText("errors.institutionAlreadyActive", { code: institution.code })
          : libText("errors.institutionAlreadyDeactivated", { code: institution.code }),
      );
    await tx.institution.update({ where: { id: institution.id }, data: { isActive } });
    await audit({
      workspaceId: access.workspace.id,
      action: isActive ? "institution.reactivated" : "institution.deactivated",
      entityType: "Institution",
      entityId: institution.id,
      summary: isActive
        ? libText("auditSummaries.reactivated", { name: institution.code })
        : libText("auditSummaries.deactivated", { name: institution.code }),
      before: { isActive: institution.isActive },
      after: { isActive },
    });
  });
}
