import type { ValueType } from "@/lib/generated/prisma/enums";
import { describeDisaggregation, parseDisaggregationKey, TOTAL_KEY } from "./disaggregation";
import { formatIndicatorValue, formatNumber, levelLabel, pickFinalTarget } from "./format-value";
import { isLevelBased, isQuantitative } from "./value-types";

/**
 * Chart-ready series of one indicator, built on the server and passed to the chart as
 * props. Level-based indicators are plotted on the position of their level (0, 1, 2...)
 * with the level names as axis labels. The summary is the one-sentence text alternative.
 */
export type IndicatorSeries = {
  kind: "number" | "levels" | "none";
  unit: string | null;
  series: { key: string; label: string }[];
  /** Breakdown series left out of the chart (they stay in the table): a chart of dozens of lines reads as noise. */
  hiddenSeries: number;
  points: { year: number; values: Record<string, number | null> }[];
  baseline: { year: number; value: number } | null;
  target: { year: number; value: number } | null;
  levelTicks: { value: number; label: string }[];
  summary: string;
};

type SeriesIndicator = {
  name: string;
  valueType: ValueType;
  unit: string | null;
  decimals: number | null;
  baselineYear: number | null;
  baselineNumber: number | null;
  baselineLevel: string | null;
  levels: readonly { code: string; label: string }[];
  targets: readonly { year: number; number: number | null; levelCode: string | null; isFinal: boolean }[];
};

type SeriesValue = { year: number; disaggregation: string; number: number | null; levelCode: string | null; text: string | null };

/** At most this many lines in an indicator's chart; beyond, only the total (or the first lines) are drawn. */
const MAX_CHART_SERIES = 8;

export function buildIndicatorSeries(
  indicator: SeriesIndicator,
  values: readonly SeriesValue[],
  memberNames: ReadonlyMap<string, string> = new Map(),
): IndicatorSeries {
  const levelBased = isLevelBased(indicator.valueType);
  const kind = isQuantitative(indicator.valueType) ? "number" : levelBased ? "levels" : "none";
  const levelIndex = new Map(indicator.levels.map((level, index) => [level.code, index]));
  const plotValue = (value: { number: number | null; levelCode: string | null }): number | null =>
    kind === "number" ? value.number : value.levelCode !== null ? (levelIndex.get(value.levelCode) ?? null) : null;

  const allKeys = [...new Set(values.map((value) => value.disaggregation))].sort((a, b) =>
    a === TOTAL_KEY ? -1 : b === TOTAL_KEY ? 1 : a.localeCompare(b),
  );
  const keys =
    allKeys.length <= MAX_CHART_SERIES ? allKeys : allKeys.includes(TOTAL_KEY) ? [TOTAL_KEY] : allKeys.slice(0, MAX_CHART_SERIES);
  const years = [...new Set(values.map((value) => value.year))].sort((a, b) => a - b);
  const byYearAndKey = new Map(values.map((value) => [`${value.year}|${value.disaggregation}`, value]));
  const points = years.map((year) => ({
    year,
    values: Object.fromEntries(
      keys.map((key) => {
        const value = byYearAndKey.get(`${year}|${key}`);
        return [key, value ? plotValue(value) : null];
      }),
    ),
  }));

  const baselineValue =
    indicator.baselineYear === null ? null : plotValue({ number: indicator.baselineNumber, levelCode: indicator.baselineLevel });
  const finalTarget = pickFinalTarget(indicator.targets);
  const targetValue = finalTarget ? plotValue(finalTarget) : null;

  return {
    kind,
    unit: indicator.unit,
    series: uniqueLabels(keys.map((key) => ({ key, label: describeDisaggregation(key, memberNames) }))),
    hiddenSeries: allKeys.length - keys.length,
    points,
    baseline: indicator.baselineYear !== null && baselineValue !== null ? { year: indicator.baselineYear, value: baselineValue } : null,
    target: finalTarget && targetValue !== null ? { year: finalTarget.year, value: targetValue } : null,
    levelTicks: levelBased ? indicator.levels.map((level, index) => ({ value: index, label: level.label })) : [],
    summary: describeIndicatorSeries(indicator, values),
  };
}

/** Two breakdowns by different dimensions can share a member's name: add the dimensions to tell them apart. */
function uniqueLabels(series: { key: string; label: string }[]): { key: string; label: string }[] {
  const counts = new Map<string, number>();
  for (const entry of series) counts.set(entry.label, (counts.get(entry.label) ?? 0) + 1);
  return series.map((entry) => {
    if ((counts.get(entry.label) ?? 0) < 2) return entry;
    const dimensions = Object.keys(parseDisaggregationKey(entry.key)).join(", ");
    return { key: entry.key, label: `${entry.label} (${dimensions})` };
  });
}

/** One sentence: where the series started, where it is now, and the target. */
export function describeIndicatorSeries(indicator: SeriesIndicator, values: readonly SeriesValue[]): string {
  const totals = values.filter((value) => value.disaggregation === TOTAL_KEY).sort((a, b) => a.year - b.year);
  const first = totals[0];
  const last = totals.at(-1);
  if (!first || !last) return `No values have been recorded for ${indicator.name} yet.`;

  const format = (value: SeriesValue) => formatIndicatorValue(value, indicator);
  const finalTarget = pickFinalTarget(indicator.targets);
  const targetText = finalTarget
    ? ` The target is ${formatIndicatorValue({ number: finalTarget.number, levelCode: finalTarget.levelCode, text: null }, indicator)} by ${finalTarget.year}.`
    : "";

  if (first === last) {
    if (last.text !== null) return `${indicator.name}: a narrative report for ${last.year}, the only year recorded.`;
    return `${indicator.name}: ${format(last)} in ${last.year}, the only year recorded.${targetText}`;
  }

  if (first.number !== null && last.number !== null) {
    const change = last.number - first.number;
    const verb = change > 0 ? "rose" : change < 0 ? "fell" : "stayed";
    const movement = change === 0 ? `at ${format(last)}` : `from ${format(first)} in ${first.year} to ${format(last)} in ${last.year}`;
    const points = indicator.valueType === "PERCENTAGE" ? " percentage points" : "";
    const size =
      change === 0
        ? ` from ${first.year} to ${last.year}`
        : ` (${change > 0 ? "+" : "−"}${formatNumber(Math.abs(change), indicator.decimals)}${points})`;
    return `${indicator.name} ${verb} ${movement}${size}.${targetText}`;
  }
  if (first.levelCode !== null && last.levelCode !== null) {
    const from = levelLabel(first.levelCode, indicator.levels);
    const to = levelLabel(last.levelCode, indicator.levels);
    const change =
      from === to
        ? `remained “${to}” from ${first.year} to ${last.year}`
        : `moved from “${from}” in ${first.year} to “${to}” in ${last.year}`;
    return `${indicator.name} ${change}.${targetText}`;
  }
  return `${indicator.name}: narrative reports from ${first.year} to ${last.year}.`;
}
