import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { compareYears, type YearComparison } from "@/lib/progress/compare-years";
import { getFrameworkProgress } from "@/lib/progress/get-framework-progress";

export type HeadlineProgress = {
  frameworkCode: string;
  frameworkName: string;
  comparison: YearComparison;
  deteriorated: { code: string; name: string; year: number }[];
};

/**
 * The dashboard's progress panel: for the framework people report on now (the one with the
 * most recent cycle), the area scores of the latest approved year against the year before,
 * and the indicators whose latest status is deterioration.
 */
export async function getHeadlineProgress(access: AccessContext): Promise<HeadlineProgress | null> {
  const cycle = await db.reportingCycle.findFirst({
    where: { framework: { workspaceId: access.workspace.id } },
    orderBy: [{ status: "desc" }, { year: "desc" }],
    select: { framework: { select: { code: true } } },
  });
  if (!cycle) return null;
  const progress = await getFrameworkProgress(access, cycle.framework.code);
  const scored = progress.years.filter((year) => progress.scores.some((score) => score.areaCode === "_T" && score.year === year && score.score !== null));
  const thisYear = scored.at(-1);
  if (thisYear === undefined) return null;
  const lastYear = scored.at(-2);
  const comparison = compareYears(progress, lastYear === undefined ? [thisYear] : [lastYear, thisYear], 5);
  const deteriorated = progress.indicators
    .filter((row) => row.statuses[thisYear] === "deterioration")
    .map((row) => ({ code: row.indicator.code, name: row.indicator.name, year: thisYear }));
  return { frameworkCode: progress.framework.code, frameworkName: progress.framework.name, comparison, deteriorated };
}
