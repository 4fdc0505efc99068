import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

/**
 * For each cycle (by id), how many institutions are late: they report at least one indicator of
 * the cycle's version (lead or contributor) whose total is neither submitted nor approved. The
 * same count as the completeness page's institutions with overdue indicators
 * (getCycleCompleteness), read lean for the dashboard: three queries whatever the number of
 * cycles and indicators, and no names, levels, targets or breakdowns. The caller decides
 * whether the deadline has passed.
 */
export async function getLateInstitutionCounts(
  access: AccessContext,
  cycles: readonly { id: string; year: number; versionId: string }[],
): Promise<Map<string, number>> {
  if (cycles.length === 0) return new Map();
  const scoped = inWorkspace(access.workspace.id);
  const versionIds = [...new Set(cycles.map((cycle) => cycle.versionId))];
  const [indicators, contributors, done] = await Promise.all([
    scoped.indicator.findMany({ where: { versionId: { in: versionIds } }, select: { id: true, versionId: true, leadInstitutionId: true } }),
    scoped.indicatorContributor.findMany({
      where: { indicator: { versionId: { in: versionIds } } },
      select: { indicatorId: true, institutionId: true },
    }),
    scoped.indicatorValue.findMany({
      where: {
        disaggregation: "",
        status: { in: ["SUBMITTED", "APPROVED"] },
        OR: cycles.map((cycle) => ({ year: cycle.year, indicator: { versionId: cycle.versionId } })),
      },
      select: { indicatorId: true, year: true },
    }),
  ]);
  const reportersOf = new Map<string, string[]>();
  for (const { indicatorId, institutionId } of contributors) {
    reportersOf.set(indicatorId, [...(reportersOf.get(indicatorId) ?? []), institutionId]);
  }
  const isDone = new Set(done.map((value) => `${value.indicatorId}|${value.year}`));
  return new Map(
    cycles.map((cycle) => {
      const late = new Set<string>();
      for (const indicator of indicators) {
        if (indicator.versionId !== cycle.versionId || isDone.has(`${indicator.id}|${cycle.year}`)) continue;
        if (indicator.leadInstitutionId) late.add(indicator.leadInstitutionId);
        for (const institutionId of reportersOf.get(indicator.id) ?? []) late.add(institutionId);
      }
      return [cycle.id, late.size];
    }),
  );
}
