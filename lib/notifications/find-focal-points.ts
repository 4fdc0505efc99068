import "server-only";
import type { Tx } from "@/lib/db";

/** The active focal points of each institution, by institution id (people left out of none). */
export async function findFocalPoints(tx: Tx, workspaceId: string, institutionIds: readonly string[]): Promise<Map<string, string[]>> {
  const memberships = await tx.membership.findMany({
    where: {
      workspaceId,
      role: "FOCAL_POINT",
      isActive: true,
      user: { isActive: true },
      institutionId: { in: [...new Set(institutionIds)] },
    },
    select: { userId: true, institutionId: true },
  });
  const byInstitution = new Map<string, string[]>();
  for (const { userId, institutionId } of memberships) {
    if (!institutionId) continue;
    byInstitution.set(institutionId, [...(byInstitution.get(institutionId) ?? []), userId]);
  }
  return byInstitution;
}
