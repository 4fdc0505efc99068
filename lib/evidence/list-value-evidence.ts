import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { requireVisibleValue } from "@/lib/monitoring/require-visible-value";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { requireEditableValue } from "./require-editable-value";

export type EvidenceListing = { id: string; fileName: string; contentType: string; size: number; uploadedByLabel: string; createdAt: Date };

/**
 * The evidence of a value the person may read, oldest first, and whether they may attach and
 * remove files now (the same rule the operations check).
 */
export async function listValueEvidence(access: AccessContext, valueId: string): Promise<{ files: EvidenceListing[]; canChange: boolean }> {
  const value = await requireVisibleValue(access, valueId);
  const [files, canChange] = await Promise.all([
    inWorkspace(access.workspace.id, db).evidenceFile.findMany({
      where: { valueId: value.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, fileName: true, contentType: true, size: true, uploadedByLabel: true, createdAt: true },
    }),
    requireEditableValue(access, value.id, db).then(
      () => true,
      (error: unknown) => {
        if (isAppError(error)) return false;
        throw error;
      },
    ),
  ]);
  return { files, canChange };
}
