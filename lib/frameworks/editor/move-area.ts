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

/**
 * Moves an area under another parent (or to the top level) and to a position among its new
 * siblings; reordering is a move to the same parent. An area cannot go inside itself.
 */
export async function moveArea(access: AccessContext, raw: unknown): Promise<void> {
  requirePermission(access, "frameworks.manage");
  const input = parseOrThrow(moveAreaSchema, raw, "Check where the area goes");
  await runMutation(actorOf(access), async (tx, audit) => {
    const { area, version } = await findDraftArea(access, tx, input.areaId);
    const parentId = input.parentId ?? null;
    const order = await loadVersionOrder(tx, version.id);
    if (parentId !== null) {
      if (!order.before.areas.has(parentId)) {
        throw new AppError("BAD_REQUEST", "Check where the area goes", atFields({ parentId: ["Choose an area of this version"] }));
      }
      if (areaWithDescendants(order, area.id).has(parentId)) {
        throw new AppError(
          "BAD_REQUEST",
          "Check where the area goes",
          atFields({ parentId: [`Area ${area.code} cannot go inside itself or one of its own sub-areas`] }),
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
      summary: `Moved area ${area.code} of ${version.frameworkCode} version ${version.label}`,
      before: { parentId: before.parentId, position: before.position },
      after: { parentId, position: order.areaChildren.get(parentId)!.indexOf(area.id) },
    });
  });
}
