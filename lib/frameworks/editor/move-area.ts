import "server-only";
import { atFields } from "./field-problems";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { AppError } from "@/lib/errors";
import { findDraftArea } from "./find-draft-area";
import { moveAreaSchema } from "./schemas";
import { areaWithDescendants, loadVersionOrder, placeArea, saveVersionOrder } from "./version-order";
import { libText } from "@/lib/i18n/lib-text";

/**
 * Moves an area under another parent (or to the top level) and to a position among its new
 * siblings; reordering is a move to the same parent. An area cannot go inside itself.
 */
export async function moveArea(access: AccessContext, raw: unknown): Promise<void> {
  requirePermission(access, "frameworks.manage");
  const input = parseOrThrow(moveAreaSchema, raw, libText("errors.checkWhereAreaGoes"));
  await runMutation(actorOf(access), async (tx, audit) => {
    const { area, version } = await findDraftArea(access, tx, input.areaId);
    const parentId = input.parentId ?? null;
    const order = await loadVersionOrder(tx, version.id);
    if (parentId !== null) {
      if (!order.before.areas.has(parentId)) {
        throw new AppError(
          "BAD_REQUEST",
          libText("importProblems.editorCheckWhereAreaGoes"),
          atFields({ parentId: [libText("importProblems.editorChooseAreaOfVersion")] }),
        );
      }
      if (areaWithDescendants(order, area.id).has(parentId)) {
        throw new AppError(
          "BAD_REQUEST",
          libText("importProblems.editorCheckWhereAreaGoes"),
          atFields({ parentId: [libText("importProblems.editorAreaInsideItself", { code: area.code })] }),
        );
      }
    }
    const before = order.before.areas.get(area.id)!;
    placeArea(order, area.id, parentId, input.position);
    await saveVersionOrder(tx, order);
    await audit({
      workspaceId: access.workspace.id,
      action: "area.moved",
      entityType: "Area",
      entityId: area.id,
      summary: libText("auditSummaries.areaMoved", { area: area.code, framework: version.frameworkCode, version: version.label }),
      before: { parentId: before.parentId, position: before.position },
      after: { parentId, position: order.areaChildren.get(parentId)!.indexOf(area.id) },
    });
  });
}
