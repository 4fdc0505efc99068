import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { requireVisibleValue } from "@/lib/monitoring/require-visible-value";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

export type EvidenceListing = { id: string; fileName: string; contentType: string; size: number; uploadedByLabel: string; createdAt: Date };

/** The evidence of a value the person may read, oldest first. */
export async function listValueEvidence(access: AccessContext, valueId: string): Promise<EvidenceListing[]> {
  const value = await requireVisibleValue(access, valueId);
  return inWorkspace(access.workspace.id, db).evidenceFile.findMany({
    where: { valueId: value.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, fileName: true, contentType: true, size: true, uploadedByLabel: true, createdAt: true },
  });
}
