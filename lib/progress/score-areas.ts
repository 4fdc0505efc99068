import type { ScoringMethod } from "@/lib/generated/prisma/enums";
import { isLevelBased, isQuantitative } from "@/lib/indicators/value-types";
import { categoryFor } from "./categories";
import { findBase, normalisedAchievement, type ProgressIndicator, type SeriesPoint } from "./indicator-progress";

export type ScoringArea = { id: string; code: string; name: string; parentId: string | null };

export type AreaScore = {
  areaId: string | null;
  /** "_T" for the whole framework. */
  areaCode: string;
  areaName: string;
  parentCode: string | null;
  year: number;
  /** 0-100, or null when nothing (or, for 10.7.2, not every sub-category) could be counted. */
  score: number | null;
  category: 1 | 2 | 3 | 4 | null;
  indicatorsCounted: number;
  indicatorsTotal: number;
  provisional: boolean;
};

export type ScoreInput<I extends ProgressIndicator & { areaId: string } = ProgressIndicator & { areaId: string }> = {
  scoringMethod: ScoringMethod;
  categoryCutoffs: readonly number[] | null;
  baseYear: number | null;
  areas: readonly ScoringArea[];
  indicators: readonly I[];
  /** Each indicator's totals that may be counted, by indicator id. */
  series: ReadonlyMap<string, readonly SeriesPoint[]>;
  years: readonly number[];
  /** The definition that judges a year's value, when a framework's versions changed it; the indicator itself otherwise. */
  definitionFor?: (indicator: I, year: number) => ProgressIndicator;
};

/** Whether an indicator can contribute to a score at all (levels, or a quantity with a target). */
export function isScorable(indicator: ProgressIndicator): boolean {
  if (isLevelBased(indicator.valueType)) return true;
  return isQuantitative(indicator.valueType) && indicator.targets.some((target) => target.number !== null);
}

/**
 * Scores of every area (sub-areas roll up into their parents) and of the whole framework,
 * for each year, in one pass over the values: each indicator-year's normalised achievement
 * is added to the area and all its ancestors.
 *
 * - Normalised achievement: the mean of the counted indicators' achievement x 100.
 * - SDG 10.7.2: exactly the official formula, the mean of the domain's sub-category scores x
 *   100, only when every sub-category is answered; overall, the mean of all of them. Each
 *   score also gets its 1-4 category.
 */
export function scoreAreas<I extends ProgressIndicator & { areaId: string }>(input: ScoreInput<I>): AreaScore[] {
  const byId = new Map(input.areas.map((area) => [area.id, area]));
  const ancestors = (areaId: string): string[] => {
    const chain: string[] = [];
    for (let current = byId.get(areaId); current; current = current.parentId ? byId.get(current.parentId) : undefined)
      chain.push(current.id);
    return chain;
  };
  const TOTAL = "_T";
  type Cell = { sum: number; counted: number; provisional: boolean };
  const cells = new Map<string, Cell>();
  const totals = new Map<string, number>();
  const cellOf = (key: string, year: number) => {
    const id = `${key}|${year}`;
    let cell = cells.get(id);
    if (!cell) cells.set(id, (cell = { sum: 0, counted: 0, provisional: false }));
    return cell;
  };

  for (const indicator of input.indicators) {
    if (!isScorable(indicator)) continue;
    const keys = [...ancestors(indicator.areaId), TOTAL];
    for (const key of keys) totals.set(key, (totals.get(key) ?? 0) + 1);
    const series = input.series.get(indicator.id) ?? [];
    const byYear = new Map(series.map((point) => [point.year, point]));
    for (const year of input.years) {
      const point = byYear.get(year);
      if (!point) continue;
      const definition = input.definitionFor?.(indicator, year) ?? indicator;
      const base = findBase(definition, series, input.baseYear);
      // Quantitative achievement (except "maintain") is measured from the base value: a base that is not approved makes it provisional too.
      const provisionalBase = (base?.provisional ?? false) && isQuantitative(definition.valueType) && definition.direction !== "MAINTAIN";
      const achievement = normalisedAchievement(definition, point, base);
      if (achievement === null) continue;
      for (const key of keys) {
        const cell = cellOf(key, year);
        cell.sum += achievement;
        cell.counted += 1;
        cell.provisional ||= point.status !== "APPROVED" || provisionalBase;
      }
    }
  }

  const official = input.scoringMethod === "SDG_10_7_2";
  const result: AreaScore[] = [];
  const describe = (key: string, code: string, name: string, parentCode: string | null, areaId: string | null) => {
    const total = totals.get(key) ?? 0;
    for (const year of input.years) {
      const cell = cells.get(`${key}|${year}`) ?? { sum: 0, counted: 0, provisional: false };
      const complete = official ? cell.counted === total && total > 0 : cell.counted > 0;
      const score = complete ? Math.round((cell.sum / cell.counted) * 1000) / 10 : null;
      result.push({
        areaId,
        areaCode: code,
        areaName: name,
        parentCode,
        year,
        score,
        category: official && score !== null ? categoryFor(score, input.categoryCutoffs ?? undefined) : null,
        indicatorsCounted: cell.counted,
        indicatorsTotal: total,
        provisional: cell.provisional,
      });
    }
  };
  for (const area of input.areas) {
    const parent = area.parentId ? byId.get(area.parentId) : undefined;
    describe(area.id, area.code, area.name, parent?.code ?? null, area.id);
  }
  describe(TOTAL, TOTAL, "All areas", null, null);
  return result;
}
