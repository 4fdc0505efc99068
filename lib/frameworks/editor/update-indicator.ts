import "server-only";
import { atFields } from "./field-problems";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildIndicatorRows } from "@/lib/frameworks/indicator-rows";
import { basedOnCodeOf, loadDraftBasis } from "./basis-of-draft";
import { isRenamedAway, mappingAfterCodeChange } from "./edit-code-mapping";
import { findDraftIndicator } from "./find-draft-indicator";
import { loadWorkspaceReferences, parseIndicatorDefinition, requireKnownReferences, resolversOf } from "./parse-indicator-definition";
import { updateIndicatorSchema } from "./schemas";
import { deleteIndicatorLists, writeIndicatorLists } from "./write-indicator-lists";
import { libText } from "@/lib/i18n/lib-text";

/**
 * Replaces every field of an indicator's definition in a draft. A new code keeps the
 * indicator's identity (its series continues) and is recorded in the draft's code mapping as
 * a rename of the code the based-on version had.
 */
export async function updateIndicator(access: AccessContext, raw: unknown): Promise<void> {
  requirePermission(access, "frameworks.manage");
  const input = parseOrThrow(updateIndicatorSchema, raw, libText("errors.checkIndicator"));
  const indicator = parseIndicatorDefinition(input.indicator);
  await runMutation(actorOf(access), async (tx, audit) => {
    const { indicator: current, version } = await findDraftIndicator(access, tx, input.indicatorId);
    const codeChanged = indicator.code !== current.code;
    const [references, taken, basis] = await Promise.all([
      loadWorkspaceReferences(tx, access.workspace.id),
      codeChanged
        ? tx.indicator.findUnique({ where: { versionId_code: { versionId: version.id, code: indicator.code } }, select: { id: true } })
        : null,
      loadDraftBasis(tx, version.id),
    ]);
    requireKnownReferences(indicator, references, { codeTaken: taken !== null });

    const rows = buildIndicatorRows(
      indicator,
      { id: current.id, versionId: version.id, identityId: current.identityId, areaId: current.areaId, position: current.position },
      resolversOf(references),
    );
    const before = await tx.indicator.findUniqueOrThrow({ where: { id: current.id }, include: { levels: true } });
    // The form does not show the levels' translated labels (the translation workbook does): a level keeps them by its code.
    const keptLabels = new Map(before.levels.map((level) => [level.code, level.labelTranslations]));
    for (const level of rows.levels) level.labelTranslations ??= keptLabels.get(level.code) ?? undefined;
    await deleteIndicatorLists(tx, current.id);
    const { id: _id, versionId: _version, identityId: _identity, areaId: _area, position: _position, ...fields } = rows.indicator;
    await tx.indicator.update({
      where: { id: current.id },
      data: { ...fields, nameTranslations: fields.nameTranslations ?? Prisma.DbNull },
    });
    await writeIndicatorLists(tx, rows);

    if (codeChanged) {
      const basedOnCode = await basedOnCodeOf(tx, basis.basedOnId, current.identityId);
      if (basedOnCode !== indicator.code && isRenamedAway(basis.mapping, indicator.code)) {
        throw new AppError(
          "BAD_REQUEST",
          libText("importProblems.editorCheckIndicator"),
          atFields({ code: [libText("importProblems.editorCodeGivenToAnother", { code: indicator.code })] }),
        );
      }
      const mapping = mappingAfterCodeChange(basis.mapping, basedOnCode, current.code, indicator.code);
      await tx.frameworkVersion.update({ where: { id: version.id }, data: { codeMapping: mapping.length > 0 ? mapping : Prisma.DbNull } });
    }
    await audit({
      workspaceId: access.workspace.id,
      action: "indicator.updated",
      entityType: "Indicator",
      entityId: current.id,
      summary: codeChanged
        ? libText("auditSummaries.indicatorChangedWithCode", {
            code: current.code,
            newCode: indicator.code,
            framework: version.frameworkCode,
            version: version.label,
          })
        : libText("auditSummaries.indicatorChanged", { code: current.code, framework: version.frameworkCode, version: version.label }),
      before: JSON.parse(JSON.stringify(before)),
      after: JSON.parse(JSON.stringify(indicator)),
    });
  });
}
