import type { CycleStatus } from "@/lib/generated/prisma/enums";

/**
 * How complete a year of a framework's progress is (issue 14, trap 1): a year whose reporting
 * cycle is still open is provisional, whatever its score says, since the institutions are
 * still reporting; it is shown with its coverage ("17 of 61 indicators reported") and left
 * out of the default comparison.
 */
export type YearCoverage = {
  year: number;
  /** Indicators with a value counted in that year's scores. */
  reported: number;
  /** Indicators of the framework. */
  indicators: number;
  isProvisional: boolean;
};

export function yearCoverage(
  years: readonly number[],
  rows: readonly { statuses: Record<number, string> }[],
  cycles: readonly { year: number; status: CycleStatus }[],
): YearCoverage[] {
  return years.map((year) => ({
    year,
    reported: rows.filter((row) => (row.statuses[year] ?? "not_available") !== "not_available").length,
    indicators: rows.length,
    isProvisional: cycles.some((cycle) => cycle.year === year && cycle.status === "OPEN"),
  }));
}

/** The years a comparison starts from: the last two complete years, or the last two there are. */
export function defaultComparisonYears(coverage: readonly YearCoverage[]): number[] {
  const complete = coverage.filter((entry) => !entry.isProvisional).map((entry) => entry.year);
  const pool = complete.length >= 2 ? complete : coverage.map((entry) => entry.year);
  return pool.slice(-2);
}
