import "server-only";
import { atFields } from "./field-problems";
import { randomUUID } from "node:crypto";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildIndicatorRows } from "@/lib/frameworks/indicator-rows";
import { loadDraftBasis } from "./basis-of-draft";
import { isRenamedAway, mappingAfterReturn } from "./edit-code-mapping";
import { findDraftArea } from "./find-draft-area";
import { loadWorkspaceReferences, parseIndicatorDefinition, requireKnownReferences, resolversOf } from "./parse-indicator-definition";
import { createIndicatorSchema } from "./schemas";
import { writeIndicatorLists } from "./write-indicator-lists";
import { loadVersionOrder, placeIndicator, saveVersionOrder, UNPLACED_POSITION } from "./version-order";
import { libText } from "@/lib/i18n/lib-text";

/**
 * Adds an indicator to an area of a draft. A code that the based-on version had for an
 * indicator the draft retired brings that indicator back: it continues its identity, so its
 * series goes on. Any other code starts a new identity.
 */
export async function createIndicator(access: AccessContext, raw: unknown): Promise<{ indicatorId: string; identityId: string }> {
  requirePermission(access, "frameworks.manage");
  const input = parseOrThrow(createIndicatorSchema, raw, libText("errors.checkIndicator"));
  const indicator = parseIndicatorDefinition(input.indicator);
  return runMutation(actorOf(access), async (tx, audit) => {
    const { area, version } = await findDraftArea(access, tx, input.areaId);
    const [references, taken, basis] = await Promise.all([
      loadWorkspaceReferences(tx, access.workspace.id),
      tx.indicator.findUnique({ where: { versionId_code: { versionId: version.id, code: indicator.code } }, select: { id: true } }),
      loadDraftBasis(tx, version.id),
    ]);
    requireKnownReferences(indicator, references, { codeTaken: taken !== null });
    if (isRenamedAway(basis.mapping, indicator.code)) {
      throw new AppError(
        "BAD_REQUEST",
        libText("importProblems.editorCheckIndicator"),
        atFields({ code: [libText("importProblems.editorCodeRenamed", { code: indicator.code })] }),
      );
    }

    const previous = basis.basedOnId
      ? await tx.indicator.findUnique({
          where: { versionId_code: { versionId: basis.basedOnId, code: indicator.code } },
          select: { identityId: true },
        })
      : null;
    const returning =
      previous &&
      !(await tx.indicator.findUnique({ where: { versionId_identityId: { versionId: version.id, identityId: previous.identityId } } }));
    const id = randomUUID();
    const identityId = returning ? previous.identityId : id;
    if (!returning) await tx.indicatorIdentity.create({ data: { id: identityId, frameworkId: version.frameworkId } });

    const rows = buildIndicatorRows(
      indicator,
      { id, versionId: version.id, identityId, areaId: area.id, position: UNPLACED_POSITION },
      resolversOf(references),
    );
    await tx.indicator.create({ data: rows.indicator });
    await writeIndicatorLists(tx, rows);
    const order = await loadVersionOrder(tx, version.id);
    placeIndicator(order, id, area.id, input.position);
    await saveVersionOrder(tx, order);
    if (returning) {
      const mapping = mappingAfterReturn(basis.mapping, indicator.code);
      await tx.frameworkVersion.update({ where: { id: version.id }, data: { codeMapping: mapping.length > 0 ? mapping : Prisma.DbNull } });
    }
    const place = { code: indicator.code, area: area.code, framework: version.frameworkCode, version: version.label };
    await audit({
      workspaceId: access.workspace.id,
      action: "indicator.created",
      entityType: "Indicator",
      entityId: id,
      summary: returning ? libText("auditSummaries.indicatorAddedReturning", place) : libText("auditSummaries.indicatorAdded", place),
      after: JSON.parse(JSON.stringify(indicator)),
    });
    return { indicatorId: id, identityId };
  });
}
