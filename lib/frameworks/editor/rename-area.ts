import "server-only";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { Prisma } from "@/lib/generated/prisma/client";
import { findDraftArea } from "./find-draft-area";
import { renameAreaSchema } from "./schemas";
import { libText } from "@/lib/i18n/lib-text";

/** Changes an area's name, description and names in other languages. Its code stays, so versions still pair it. */
export async function renameArea(access: AccessContext, raw: unknown): Promise<void> {
  requirePermission(access, "frameworks.manage");
  const input = parseOrThrow(renameAreaSchema, raw, libText("errors.checkArea"));
  await runMutation(actorOf(access), async (tx, audit) => {
    const { area, version } = await findDraftArea(access, tx, input.areaId);
    const after = { name: input.name, description: input.description ?? null, nameTranslations: input.nameTranslations ?? null };
    await tx.area.update({
      where: { id: area.id },
      data: { ...after, nameTranslations: input.nameTranslations ?? Prisma.DbNull },
    });
    await audit({
      workspaceId: access.workspace.id,
      action: "area.updated",
      entityType: "Area",
      entityId: area.id,
      summary: libText("auditSummaries.areaRenamed", { area: area.code, framework: version.frameworkCode, version: version.label }),
      before: {
        name: area.name,
        description: area.description,
        nameTranslations: (area.nameTranslations as Prisma.JsonObject | null) ?? null,
      },
      after,
    });
  });
}
