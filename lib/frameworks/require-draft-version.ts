import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-text";
import { VERSION_STATUS_TEXTS } from "@/lib/frameworks/versions/lifecycle-version";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

export type DraftVersionRef = { id: string; number: number; label: string; frameworkId: string; frameworkCode: string };

/**
 * The one guard of every change to a version's matrix: only a draft changes. An approved
 * version never does (its values were reported against it); a version in consultation
 * changes only through its comments' resolution, back in a new draft. Found by id within
 * the person's workspace, never from client input alone. Read in the caller's transaction.
 */
export async function requireDraftVersion(access: AccessContext, versionId: string, client: Tx = db): Promise<DraftVersionRef> {
  const version = await inWorkspace(access.workspace.id, client).frameworkVersion.findFirst({
    where: { id: versionId },
    select: { id: true, number: true, label: true, status: true, frameworkId: true, framework: { select: { code: true } } },
  });
  if (!version) throw new AppError("NOT_FOUND", libText("errors.thereIsNoSuchVersion"));
  if (version.status !== "DRAFT")
    throw new AppError(
      "CONFLICT",
      libText("errors.versionNoLongerChanges", {
        version: version.label,
        framework: version.framework.code,
        status: VERSION_STATUS_TEXTS[version.status],
      }),
    );
  return {
    id: version.id,
    number: version.number,
    label: version.label,
    frameworkId: version.frameworkId,
    frameworkCode: version.framework.code,
  };
}
