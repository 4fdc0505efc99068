import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireDraftVersion, type DraftVersionRef } from "@/lib/frameworks/require-draft-version";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { libText } from "@/lib/i18n/lib-text";

/** An area of the workspace by its id, and its version, which must be a draft. */
export async function findDraftArea(access: AccessContext, tx: Tx, areaId: string) {
  const area = await inWorkspace(access.workspace.id, tx).area.findFirst({
    where: { id: areaId },
    select: { id: true, versionId: true, parentId: true, code: true, name: true, description: true, nameTranslations: true },
  });
  if (!area) throw new AppError("NOT_FOUND", libText("importProblems.editorNoSuchArea"));
  const version: DraftVersionRef = await requireDraftVersion(access, area.versionId, tx);
  return { area, version };
}
