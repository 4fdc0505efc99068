import "server-only";
import { atFields } from "./field-problems";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { AppError } from "@/lib/errors";
import { findDraftIndicator } from "./find-draft-indicator";
import { moveIndicatorSchema } from "./schemas";
import { loadVersionOrder, placeIndicator, saveVersionOrder } from "./version-order";
import { libText } from "@/lib/i18n/lib-text";

/** Moves an indicator to an area of the same draft, at a position among that area's indicators; reordering is a move within its area. */
export async function moveIndicator(access: AccessContext, raw: unknown): Promise<void> {
  requirePermission(access, "frameworks.manage");
  const input = parseOrThrow(moveIndicatorSchema, raw, libText("errors.checkWhereIndicatorGoes"));
  await runMutation(actorOf(access), async (tx, audit) => {
    const { indicator, version } = await findDraftIndicator(access, tx, input.indicatorId);
    const order = await loadVersionOrder(tx, version.id);
    if (!order.before.areas.has(input.areaId)) {
      throw new AppError(
        "BAD_REQUEST",
        libText("importProblems.editorCheckWhereIndicatorGoes"),
        atFields({ areaId: [libText("importProblems.editorChooseAreaOfVersion")] }),
      );
    }
    placeIndicator(order, indicator.id, input.areaId, input.position);
    await saveVersionOrder(tx, order);
    await audit({
      workspaceId: access.workspace.id,
      action: "indicator.moved",
      entityType: "Indicator",
      entityId: indicator.id,
      summary: libText("auditSummaries.indicatorMoved", { code: indicator.code, framework: version.frameworkCode, version: version.label }),
      before: { areaId: indicator.areaId, position: order.before.indicators.get(indicator.id)!.position },
      after: { areaId: input.areaId, position: order.areaIndicators.get(input.areaId)!.indexOf(indicator.id) },
    });
  });
}
