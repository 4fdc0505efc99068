import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireDraftVersion, type DraftVersionRef } from "@/lib/frameworks/require-draft-version";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { libText } from "@/lib/i18n/lib-text";

/** An indicator definition of the workspace by its id, and its version, which must be a draft. */
export async function findDraftIndicator(access: AccessContext, tx: Tx, indicatorId: string) {
  const indicator = await inWorkspace(access.workspace.id, tx).indicator.findFirst({
    where: { id: indicatorId },
    select: { id: true, versionId: true, identityId: true, areaId: true, code: true, name: true, position: true },
  });
  if (!indicator) throw new AppError("NOT_FOUND", libText("importProblems.editorNoSuchIndicator"));
  const version: DraftVersionRef = await requireDraftVersion(access, indicator.versionId, tx);
  return { indicator, version };
}
