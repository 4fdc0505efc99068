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
import { visibleValuesWhere } from "@/lib/monitoring/visible-values";
import { getCountedValuesFingerprint } from "./get-counted-values-fingerprint";
import { listFrameworkCycles } from "./list-framework-cycles";
import { progressCacheKey, readProgressCache, writeProgressCache } from "./progress-cache";

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

/** What a computation of progress yields, kept by the cache; indicators are named by id. */
type ComputedProgress = {
  years: number[];
  indicators: (Omit<IndicatorProgressRow, "indicator"> & { indicatorId: string })[];
  scores: AreaScore[];
};

/**
 * Progress of a whole framework: every indicator's status in every year and every area's
 * score, from one read of the values. By default only approved values count; with
 * `includeProvisional`, also the person's visible values that are not approved yet, and
 * results that use them are marked provisional. A fixed number of queries.
 *
 * The computation is cached (decision 039): its key holds the structure's key (decision 048),
 * the cycles, who reads and a fingerprint of the counted values, so a repeated request costs
 * a few small queries, and any write that changes the result changes the key.
 */
export async function getFrameworkProgress(access: AccessContext, code: string, options: ProgressOptions = {}): Promise<FrameworkProgress> {
  const framework = await getFrameworkStructure(access, code);
  const includeProvisional = options.includeProvisional ?? false;
  // The fingerprint is read before the values: a write landing in between leaves newer data
  // under an older key (asked for no more), never older data under a newer key.
  const [cycles, fingerprint] = await Promise.all([
    listFrameworkCycles(access.workspace.id, framework.id),
    getCountedValuesFingerprint(access, framework.id, includeProvisional),
  ]);
  const key = progressCacheKey({
    workspaceId: access.workspace.id,
    visible: visibleValuesWhere(access),
    // Every part of the structure (scoring settings and versions included) is in its key.
    structure: framework.structureKey,
    cycles,
    includeProvisional,
    from: options.from ?? null,
    to: options.to ?? null,
    fingerprint,
  });
  const computed =
    readProgressCache<ComputedProgress>(key) ??
    writeProgressCache(key, await computeProgress(access, framework, { ...options, includeProvisional }));

  const indicatorById = new Map(framework.areas.flatMap((area) => area.indicators.map((indicator) => [indicator.id, indicator] as const)));
  const rows = computed.indicators.map(({ indicatorId, ...row }) => ({ indicator: indicatorById.get(indicatorId)!, ...row }));
  return {
    framework,
    years: computed.years,
    includeProvisional,
    indicators: rows,
    scores: computed.scores,
    coverage: yearCoverage(computed.years, rows, cycles),
  };
}

async function computeProgress(
  access: AccessContext,
  framework: FrameworkStructure,
  options: ProgressOptions & { includeProvisional: boolean },
): Promise<ComputedProgress> {
  const { includeProvisional } = options;
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

  const rows = indicators.map((indicator) => {
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
    return { indicatorId: indicator.id, areaCode: areaCodeById.get(indicator.areaId) ?? "", statuses, provisionalYears, achievement };
  });
  return { years, indicators: rows, scores };
}
