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
 * The dashboard's progress panel, for the framework people report on now (the one with the
 * most recent cycle): the area scores of "this year" against the year before, and the
 * indicators whose status that year is deterioration. "This year" is the latest year whose
 * cycle is closed, since an open cycle's few approved values would make a misleading score;
 * without a closed cycle, the latest year that has a score.
 */
export async function getHeadlineProgress(access: AccessContext): Promise<HeadlineProgress | null> {
  const cycle = await db.reportingCycle.findFirst({
    where: { framework: { workspaceId: access.workspace.id } },
    orderBy: [{ year: "desc" }],
    select: { framework: { select: { id: true, code: true } } },
  });
  if (!cycle) return null;
  const [progress, closed] = await Promise.all([
    getFrameworkProgress(access, cycle.framework.code),
    db.reportingCycle.findFirst({
      where: { frameworkId: cycle.framework.id, status: "CLOSED" },
      orderBy: { year: "desc" },
      select: { year: true },
    }),
  ]);
  const scored = progress.years.filter((year) =>
    progress.scores.some((score) => score.areaCode === "_T" && score.year === year && score.score !== null),
  );
  const thisYear = closed && scored.includes(closed.year) ? closed.year : scored.at(-1);
  if (thisYear === undefined) return null;
  const lastYear = scored.filter((year) => year < thisYear).at(-1);
  const comparison = compareYears(progress, lastYear === undefined ? [thisYear] : [lastYear, thisYear], 5);
  const deteriorated = progress.indicators
    .filter((row) => row.statuses[thisYear] === "deterioration")
    .map((row) => ({ code: row.indicator.code, name: row.indicator.name, year: thisYear }));
  return { frameworkCode: progress.framework.code, frameworkName: progress.framework.name, comparison, deteriorated };
}
