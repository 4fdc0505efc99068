import "server-only";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { AppError } from "@/lib/errors";
import { writeVersionContent } from "@/lib/frameworks/write-version-content";
import { loadVersionDefinition } from "@/lib/matrix/load-version-definition";
import { requireFreeLabel, requireNoWorkingVersion } from "./require-no-working-version";
import { createDraftVersionSchema } from "./schemas";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { libText } from "@/lib/i18n/lib-text";

/**
 * Starts the next version of a framework as a draft copy of the version in force: every area
 * and indicator definition is copied and each indicator continues its identity, so its
 * series goes on whatever the draft changes. Refused while another version is being worked on.
 */
export async function createDraftVersion(access: AccessContext, raw: unknown): Promise<{ versionId: string; number: number }> {
  requirePermission(access, "frameworks.manage");
  const input = parseOrThrow(createDraftVersionSchema, raw, libText("errors.checkNewVersion"));
  // The version in force is approved and never changes, so it can be read before the transaction.
  const inForce = await inWorkspace(access.workspace.id).frameworkVersion.findFirst({
    where: { framework: { code: input.frameworkCode }, status: "APPROVED" },
    orderBy: { number: "desc" },
    select: { id: true, indicators: { select: { code: true, identityId: true } } },
  });
  const content = inForce ? await loadVersionDefinition({ workspaceId: access.workspace.id, versionId: inForce.id }) : null;

  return runMutation(actorOf(access), async (tx, audit) => {
    const { framework, inForce: current, nextNumber } = await requireNoWorkingVersion(access, tx, input.frameworkCode);
    if (!current || !inForce || current.id !== inForce.id || !content) {
      throw new AppError("CONFLICT", libText("importProblems.editorNoApprovedVersion", { code: framework.code }));
    }
    requireFreeLabel(framework.versions, input.label);
    const version = await tx.frameworkVersion.create({
      data: { frameworkId: framework.id, number: nextNumber, label: input.label, status: "DRAFT", basedOnId: current.id },
      select: { id: true },
    });
    const written = await writeVersionContent(tx, {
      workspaceId: access.workspace.id,
      frameworkId: framework.id,
      versionId: version.id,
      areas: content.definition.areas,
      identityIdsByCode: new Map(inForce.indicators.map((indicator) => [indicator.code, indicator.identityId])),
    });
    await audit({
      workspaceId: access.workspace.id,
      action: "framework-version.created",
      entityType: "FrameworkVersion",
      entityId: version.id,
      summary: libText("auditSummaries.draftVersionStarted", {
        version: input.label,
        framework: framework.code,
        from: current.label,
        indicators: String(written.indicatorIds.size),
      }),
      after: { number: nextNumber, label: input.label, basedOn: current.label, indicators: written.indicatorIds.size },
    });
    return { versionId: version.id, number: nextNumber };
  });
}
