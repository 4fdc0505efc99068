import "server-only";
import { atFields } from "./field-problems";
import { randomUUID } from "node:crypto";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { AppError } from "@/lib/errors";
import { requireDraftVersion } from "@/lib/frameworks/require-draft-version";
import { createAreaSchema } from "./schemas";
import { loadVersionOrder, placeArea, saveVersionOrder, UNPLACED_POSITION } from "./version-order";
import { libText } from "@/lib/i18n/lib-text";

/** Adds an area to a draft version, at the top level or under another area. */
export async function createArea(access: AccessContext, raw: unknown): Promise<{ areaId: string }> {
  requirePermission(access, "frameworks.manage");
  const input = parseOrThrow(createAreaSchema, raw, libText("errors.checkArea"));
  return runMutation(actorOf(access), async (tx, audit) => {
    const version = await requireDraftVersion(access, input.versionId, tx);
    const parentId = input.parentId ?? null;
    if (parentId) {
      const parent = await tx.area.findFirst({ where: { id: parentId, versionId: version.id }, select: { id: true } });
      if (!parent)
        throw new AppError(
          "BAD_REQUEST",
          libText("importProblems.editorCheckArea"),
          atFields({ parentId: [libText("importProblems.editorChooseAreaOfVersion")] }),
        );
    }
    const taken = await tx.area.findUnique({
      where: { versionId_code: { versionId: version.id, code: input.code } },
      select: { id: true },
    });
    if (taken) {
      throw new AppError(
        "BAD_REQUEST",
        libText("importProblems.editorCheckArea"),
        atFields({ code: [libText("importProblems.editorAreaCodeTaken", { code: input.code })] }),
      );
    }
    const areaId = randomUUID();
    await tx.area.create({
      data: {
        id: areaId,
        versionId: version.id,
        parentId,
        code: input.code,
        name: input.name,
        description: input.description ?? null,
        nameTranslations: input.nameTranslations ?? undefined,
        position: UNPLACED_POSITION,
      },
    });
    const order = await loadVersionOrder(tx, version.id);
    placeArea(order, areaId, parentId, input.position);
    await saveVersionOrder(tx, order);
    await audit({
      workspaceId: access.workspace.id,
      action: "area.created",
      entityType: "Area",
      entityId: areaId,
      summary: libText("auditSummaries.areaAdded", { area: input.code, framework: version.frameworkCode, version: version.label }),
      after: { code: input.code, name: input.name, parentId },
    });
    return { areaId };
  });
}
