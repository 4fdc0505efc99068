import "server-only";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { basedOnCodeOf, loadDraftBasis } from "./basis-of-draft";
import { mappingAfterRetire } from "./edit-code-mapping";
import { findDraftIndicator } from "./find-draft-indicator";
import { retireIndicatorSchema } from "./schemas";
import { libText } from "@/lib/i18n/lib-text";

/**
 * Takes an indicator out of a draft. Its identity and every value reported in earlier
 * versions stay; the draft's code mapping records it as retired. An indicator that the draft
 * itself added has no past: it simply goes, identity and all.
 */
export async function retireIndicator(access: AccessContext, raw: unknown): Promise<{ retiredFrom: string | null }> {
  requirePermission(access, "frameworks.manage");
  const input = parseOrThrow(retireIndicatorSchema, raw, libText("errors.checkIndicator"));
  return runMutation(actorOf(access), async (tx, audit) => {
    const { indicator, version } = await findDraftIndicator(access, tx, input.indicatorId);
    // A draft has no reporting cycle, so no value names its definition; should one, deleting it would lose the value.
    const reported = await tx.indicatorValue.count({ where: { indicatorId: indicator.id } });
    if (reported > 0) throw new AppError("CONFLICT", libText("importProblems.editorValuesReported", { code: indicator.code }));

    const basis = await loadDraftBasis(tx, version.id);
    const basedOnCode = await basedOnCodeOf(tx, basis.basedOnId, indicator.identityId);
    await tx.indicator.delete({ where: { id: indicator.id } });
    const hasPast = (await tx.indicator.count({ where: { identityId: indicator.identityId } })) > 0;
    const hasValues = (await tx.indicatorValue.count({ where: { identityId: indicator.identityId } })) > 0;
    if (!hasPast && !hasValues) await tx.indicatorIdentity.delete({ where: { id: indicator.identityId } });

    const mapping = mappingAfterRetire(basis.mapping, basedOnCode, input.note);
    await tx.frameworkVersion.update({ where: { id: version.id }, data: { codeMapping: mapping.length > 0 ? mapping : Prisma.DbNull } });
    await audit({
      workspaceId: access.workspace.id,
      action: "indicator.retired",
      entityType: "Indicator",
      entityId: indicator.id,
      summary: basedOnCode
        ? libText("auditSummaries.indicatorRetired", { code: indicator.code, framework: version.frameworkCode, version: version.label })
        : libText("auditSummaries.indicatorRemoved", { code: indicator.code, framework: version.frameworkCode, version: version.label }),
      before: { code: indicator.code, name: indicator.name, areaId: indicator.areaId },
      after: basedOnCode ? { retired: basedOnCode } : null,
    });
    return { retiredFrom: basedOnCode };
  });
}
