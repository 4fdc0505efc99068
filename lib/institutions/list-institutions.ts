import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

export type InstitutionSummary = {
  id: string;
  code: string;
  name: string;
  isActive: boolean;
  leadIndicatorCount: number;
  memberCount: number;
};

/** The workspace's institutions (not restricted: they appear on every matrix). Two queries. */
export async function listInstitutions(access: AccessContext): Promise<InstitutionSummary[]> {
  const institutions = await inWorkspace(access.workspace.id).institution.findMany({
    orderBy: [{ isActive: "desc" }, { code: "asc" }],
    select: { id: true, code: true, name: true, isActive: true, _count: { select: { leadIndicators: true, memberships: true } } },
  });
  return institutions.map(({ _count, ...institution }) => ({
    ...institution,
    leadIndicatorCount: _count.leadIndicators,
    memberCount: _count.memberships,
  }));
}
