import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { can } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { ownInstitutionIndicatorsWhere } from "@/lib/monitoring/visible-values";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

/**
 * The explanation of an indicator's year, for its value page: the text (null when none is
 * written), its version for the next save, whether the person may write it, and whether the
 * year has a cycle at all (explanations belong to a cycle's report).
 */
export async function getIndicatorExplanation(
  access: AccessContext,
  place: { indicatorId: string; identityId: string; year: number; frameworkId: string },
) {
  const scoped = inWorkspace(access.workspace.id, db);
  const institution = access.membership.institution;
  const [cycle, isOwn] = await Promise.all([
    scoped.reportingCycle.findFirst({
      where: { frameworkId: place.frameworkId, year: place.year },
      select: {
        id: true,
        narratives: {
          where: { kind: "INDICATOR", subject: place.identityId },
          select: { body: true, version: true, updatedByLabel: true, updatedAt: true },
        },
      },
    }),
    institution && can(access, "values.enter")
      ? scoped.indicator
          .count({ where: { id: place.indicatorId, ...ownInstitutionIndicatorsWhere(institution.id) } })
          .then((count) => count > 0)
      : false,
  ]);
  return { hasCycle: cycle !== null, narrative: cycle?.narratives[0] ?? null, canWrite: cycle !== null && isOwn };
}
