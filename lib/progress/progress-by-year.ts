import type { ValueStatus } from "@/lib/generated/prisma/enums";
import { countsInProgress } from "./counts-in-progress";
import { indicatorProgressAt, type IndicatorProgress, type ProgressIndicator } from "./indicator-progress";

/** An indicator's status in each year it has a total value, from its values (approved only unless asked). */
export function progressByYear(
  indicator: ProgressIndicator,
  values: readonly { year: number; disaggregation: string; number: number | null; levelCode: string | null; status: ValueStatus }[],
  baseYear: number | null,
  includeProvisional: boolean,
): { year: number; progress: IndicatorProgress }[] {
  const series = values
    .filter((value) => value.disaggregation === "" && countsInProgress(value.status, includeProvisional))
    .map((value) => ({ year: value.year, number: value.number, levelCode: value.levelCode, status: value.status }))
    .sort((a, b) => a.year - b.year);
  return series.map((point) => ({ year: point.year, progress: indicatorProgressAt(indicator, series, point.year, baseYear) }));
}
