import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { getFrameworkStructure, type FrameworkStructure, type StructureIndicator } from "@/lib/frameworks/get-framework-structure";
import { listFrameworkValues } from "@/lib/monitoring/list-framework-values";
import { currentCodesOf } from "@/lib/frameworks/current-codes-of";
import { loadDefinitionsInForce } from "@/lib/frameworks/load-definitions-in-force";
import { countsInProgress } from "./counts-in-progress";
import { findBase, indicatorProgressAt, normalisedAchievement, type SeriesPoint } from "./indicator-progress";
import type { ProgressStatus } from "./progress-status";
import { scoreAreas, type AreaScore } from "./score-areas";
import { yearCoverage, type YearCoverage } from "./year-coverage";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

export type ProgressOptions = { from?: number; to?: number; includeProvisional?: boolean };

export type IndicatorProgressRow = {
  indicator: StructureIndicator;
  areaCode: string;
  /** Status at each year of the range ("not_available" when the year has no value). */
  statuses: Record<number, ProgressStatus>;
  /** Whether a year's status used a value that is not approved yet. */
  provisionalYears: number[];
  /** Normalised achievement (0-1) by year, when the indicator counts in scores. */
  achievement: Record<number, number | null>;
};

export type FrameworkProgress = {
  framework: FrameworkStructure;
  years: number[];
  includeProvisional: boolean;
  indicators: IndicatorProgressRow[];
  scores: AreaScore[];
  /** Each year's coverage; a year whose cycle is still open is provisional (lib/progress/year-coverage.ts). */
  coverage: YearCoverage[];
};

/**
 * Progress of a whole framework: every indicator's status in every year and every area's
 * score, from one read of the values. By default only approved values count; with
 * `includeProvisional`, also the person's visible values that are not approved yet, and
 * results that use them are marked provisional. A fixed number of queries.
 */
export async function getFrameworkProgress(access: AccessContext, code: string, options: ProgressOptions = {}): Promise<FrameworkProgress> {
  const framework = await getFrameworkStructure(access, code);
  const includeProvisional = options.includeProvisional ?? false;
  const totals = (await listFrameworkValues(access, framework.id, { totalsOnly: true }, currentCodesOf(framework))).filter((row) =>
    countsInProgress(row.status, includeProvisional),
  );

  const indicators = framework.areas.flatMap((area) => area.indicators);
  const series = new Map<string, SeriesPoint[]>();
  const idByCode = new Map(indicators.map((indicator) => [indicator.code, indicator.id]));
  for (const row of totals) {
    const id = idByCode.get(row.indicatorCode);
    if (!id) continue;
    const list = series.get(id) ?? [];
    list.push({ year: row.year, number: row.number, levelCode: row.levelCode, status: row.status });
    series.set(id, list);
  }

  const allYears = [...new Set(totals.map((row) => row.year))].sort((a, b) => a - b);
  const years = allYears.filter(
    (year) => (options.from === undefined || year >= options.from) && (options.to === undefined || year <= options.to),
  );
  const areaCodeById = new Map(framework.areas.map((area) => [area.id, area.code]));
  // Each year's value is judged by the definition in force that year (targets, direction, limits).
  const inForce = await loadDefinitionsInForce(framework, years);

  const scores = scoreAreas({
    scoringMethod: framework.scoringMethod,
    categoryCutoffs: framework.categoryCutoffs,
    baseYear: framework.baseYear,
    areas: framework.areas.map(({ id, code, name, parentId }) => ({ id, code, name, parentId })),
    indicators,
    series,
    years,
    definitionFor: inForce,
  });

  const rows: IndicatorProgressRow[] = indicators.map((indicator) => {
    const points = series.get(indicator.id) ?? [];
    const statuses: Record<number, ProgressStatus> = {};
    const achievement: Record<number, number | null> = {};
    const provisionalYears: number[] = [];
    for (const year of years) {
      const definition = inForce(indicator, year);
      const progress = indicatorProgressAt(definition, points, year, framework.baseYear);
      statuses[year] = progress.status;
      if (progress.status !== "not_available" && progress.inputs.provisional) provisionalYears.push(year);
      const point = points.find((candidate) => candidate.year === year);
      achievement[year] = point ? normalisedAchievement(definition, point, findBase(definition, points, framework.baseYear)) : null;
    }
    return { indicator, areaCode: areaCodeById.get(indicator.areaId) ?? "", statuses, provisionalYears, achievement };
  });

  const cycles = await inWorkspace(access.workspace.id).reportingCycle.findMany({
    where: { frameworkId: framework.id },
    select: { year: true, status: true },
  });
  return { framework, years, includeProvisional, indicators: rows, scores, coverage: yearCoverage(years, rows, cycles) };
}
