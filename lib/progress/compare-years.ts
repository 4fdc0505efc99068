import { z } from "zod";
import { zodMessage } from "@/lib/i18n/lib-text";
import type { FrameworkProgress } from "./get-framework-progress";
import { compareAreas, type AreaComparison } from "./describe-scores";

/** One row per area, one key per year, for the comparison charts: { area: "A1", name, "2018": 23.1, "2024": 61.5 }. */
export type CompareRow = { area: string; name: string } & Record<string, number | string | null>;

export function compareChartRows(areas: readonly AreaComparison[], years: readonly number[]): CompareRow[] {
  return areas.map((area) => ({
    area: area.areaCode,
    name: area.areaName,
    ...Object.fromEntries(years.map((year, index) => [String(year), area.scores[index] ?? null])),
  }));
}

/** ?year=2018&year=2024 (or ?years=2018,2024): two to five distinct four-digit years, or none (the page's default). */
export const compareYearsSchema = z
  .array(
    z
      .string()
      .regex(/^\d{4}$/, zodMessage("validation.yearsFourDigits"))
      .transform(Number),
  )
  .transform((years) => [...new Set(years)].sort((a, b) => a - b))
  .refine((years) => years.length <= 5, zodMessage("validation.compareAtMostFiveYears"))
  .refine((years) => years.length !== 1, zodMessage("validation.compareAtLeastTwoYears"));

export type IndicatorMove = { code: string; name: string; areaCode: string; from: number; to: number; change: number };

export type YearComparison = {
  years: number[];
  areas: AreaComparison[];
  overall: AreaComparison;
  /** The indicators whose achievement changed most between the first and last year, each way. */
  improved: IndicatorMove[];
  worsened: IndicatorMove[];
};

/** Compares the chosen years of a framework's progress; the page and the tests use the same numbers. */
export function compareYears(progress: FrameworkProgress, years: number[], movers = 5): YearComparison {
  const topLevel = progress.framework.areas.filter((area) => area.depth === 0).map((area) => area.code);
  const areas = compareAreas(progress.scores, topLevel, years);
  const [overall] = compareAreas(progress.scores, ["_T"], years);
  const first = years[0];
  const last = years.at(-1);
  const moves: IndicatorMove[] =
    first === undefined || last === undefined || first === last
      ? []
      : progress.indicators.flatMap((row) => {
          const from = row.achievement[first];
          const to = row.achievement[last];
          if (from === null || from === undefined || to === null || to === undefined) return [];
          return [
            {
              code: row.indicator.code,
              name: row.indicator.name,
              areaCode: row.areaCode,
              from: Math.round(from * 1000) / 10,
              to: Math.round(to * 1000) / 10,
              change: Math.round((to - from) * 1000) / 10,
            },
          ];
        });
  return {
    years,
    areas,
    overall: overall!,
    improved: moves
      .filter((move) => move.change > 0)
      .sort((a, b) => b.change - a.change)
      .slice(0, movers),
    worsened: moves
      .filter((move) => move.change < 0)
      .sort((a, b) => a.change - b.change)
      .slice(0, movers),
  };
}
