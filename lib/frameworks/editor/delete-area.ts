import "server-only";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { AppError } from "@/lib/errors";
import { findDraftArea } from "./find-draft-area";
import { deleteAreaSchema } from "./schemas";
import { libText } from "@/lib/i18n/lib-text";

/** Deletes an empty area of a draft. An area with indicators or sub-areas is refused: move or retire them first. */
export async function deleteArea(access: AccessContext, raw: unknown): Promise<void> {
  requirePermission(access, "frameworks.manage");
  const input = parseOrThrow(deleteAreaSchema, raw, libText("errors.checkArea"));
  await runMutation(actorOf(access), async (tx, audit) => {
    const { area, version } = await findDraftArea(access, tx, input.areaId);
    const [indicators, children] = await Promise.all([
      tx.indicator.count({ where: { areaId: area.id } }),
      tx.area.count({ where: { parentId: area.id } }),
    ]);
    if (indicators > 0 || children > 0) {
      throw new AppError("CONFLICT", libText("importProblems.editorAreaNotEmpty", { code: area.code, indicators, children }));
    }
    await tx.area.delete({ where: { id: area.id } });
    await audit({
      workspaceId: access.workspace.id,
      action: "area.deleted",
      entityType: "Area",
      entityId: area.id,
      summary: libText("auditSummaries.areaDeleted", { area: area.code, framework: version.frameworkCode, version: version.label }),
      before: { code: area.code, name: area.name, parentId: area.parentId },
    });
  });
}
