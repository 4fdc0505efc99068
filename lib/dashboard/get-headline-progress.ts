import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { compareYears, type YearComparison } from "@/lib/progress/compare-years";
import { getFrameworkProgress } from "@/lib/progress/get-framework-progress";
import type { YearCoverage } from "@/lib/progress/year-coverage";
import { db } from "@/lib/db";

export type HeadlineProgress = {
  frameworkCode: string;
  frameworkName: string;
  comparison: YearComparison;
  deteriorated: { code: string; name: string; year: number }[];
  /** The coverage of the years shown: one still being reported is marked provisional (issue 14, trap 1). */
  coverage: YearCoverage[];
};

/**
 * The dashboard's progress panel, for the framework people report on now: the one with the
 * most recent cycle (on a tie, the longest-running programme, by its closed cycles). It
 * shows the area scores of "this year" against the year before, and the indicators whose
 * status that year is deterioration. "This year" is the latest year whose cycle is closed,
 * since an open cycle's few approved values would make a misleading score; without a closed
 * cycle, the latest year that has a score.
 */
export async function getHeadlineProgress(access: AccessContext): Promise<HeadlineProgress | null> {
  // One statement: Prisma would read the frameworks' codes in a second one.
  const cycles = await db.$queryRaw<{ year: unknown; isClosed: unknown; frameworkId: string; code: string }[]>`
    SELECT c."year", CASE WHEN CAST(c."status" AS TEXT) = 'CLOSED' THEN 1 ELSE 0 END AS "isClosed", f."id" AS "frameworkId", f."code"
    FROM "ReportingCycle" c JOIN "Framework" f ON f."id" = c."frameworkId" WHERE f."workspaceId" = ${access.workspace.id}`;
  const byFramework = new Map<string, { code: string; latestYear: number; closedYears: number[] }>();
  for (const cycle of cycles) {
    const year = Number(cycle.year);
    const entry = byFramework.get(cycle.frameworkId) ?? { code: cycle.code, latestYear: year, closedYears: [] };
    entry.latestYear = Math.max(entry.latestYear, year);
    if (Number(cycle.isClosed) === 1) entry.closedYears.push(year);
    byFramework.set(cycle.frameworkId, entry);
  }
  const chosen = [...byFramework.values()].sort(
    (a, b) => b.latestYear - a.latestYear || b.closedYears.length - a.closedYears.length || a.code.localeCompare(b.code),
  )[0];
  if (!chosen) return null;
  const progress = await getFrameworkProgress(access, chosen.code);
  const scored = progress.years.filter((year) =>
    progress.scores.some((score) => score.areaCode === "_T" && score.year === year && score.score !== null),
  );
  const latestClosed = Math.max(...chosen.closedYears.filter((year) => scored.includes(year)), -Infinity);
  const thisYear = Number.isFinite(latestClosed) ? latestClosed : scored.at(-1);
  if (thisYear === undefined) return null;
  const lastYear = scored.filter((year) => year < thisYear).at(-1);
  const comparison = compareYears(progress, lastYear === undefined ? [thisYear] : [lastYear, thisYear], 5);
  const deteriorated = progress.indicators
    .filter((row) => row.statuses[thisYear] === "deterioration")
    .map((row) => ({ code: row.indicator.code, name: row.indicator.name, year: thisYear }));
  const coverage = progress.coverage.filter((entry) => comparison.years.includes(entry.year));
  return { frameworkCode: progress.framework.code, frameworkName: progress.framework.name, comparison, deteriorated, coverage };
}
