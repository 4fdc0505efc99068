import type { ValueType } from "@/lib/generated/prisma/enums";
import { describeDisaggregation, parseDisaggregationKey, TOTAL_KEY } from "./disaggregation";
import { formatIndicatorValue, formatNumber, levelLabel, pickFinalTarget } from "./format-value";
import { isLevelBased, isQuantitative } from "./value-types";
import { libText, type LibText } from "@/lib/i18n/lib-text";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

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
  /** The chart's text alternative, in English; pages word `summaryTexts` in the reader's language. */
  summary: string;
  summaryTexts: LibText[];
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
  locale: Locale = DEFAULT_LOCALE,
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
    summaryTexts: describeIndicatorSeriesTexts(indicator, values, locale),
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

/** One sentence: where the series started, where it is now, and the target; in English. */
export function describeIndicatorSeries(indicator: SeriesIndicator, values: readonly SeriesValue[]): string {
  return describeIndicatorSeriesTexts(indicator, values, DEFAULT_LOCALE)
    .map((text) => text.english)
    .join(" ");
}

/**
 * The same description as texts of lib/ (decision 035), worded by the page in the reader's
 * language: the values are formatted for `locale`, the sentences by their keys.
 */
export function describeIndicatorSeriesTexts(indicator: SeriesIndicator, values: readonly SeriesValue[], locale: Locale): LibText[] {
  const totals = values.filter((value) => value.disaggregation === TOTAL_KEY).sort((a, b) => a.year - b.year);
  const first = totals[0];
  const last = totals.at(-1);
  const name = indicator.name;
  if (!first || !last) return [libText("chartSummary.noValues", { name })];

  const format = (value: SeriesValue) => formatIndicatorValue(value, indicator, locale);
  const finalTarget = pickFinalTarget(indicator.targets);
  const target = finalTarget
    ? [
        libText("chartSummary.target", {
          target: formatIndicatorValue({ number: finalTarget.number, levelCode: finalTarget.levelCode, text: null }, indicator, locale),
          year: String(finalTarget.year),
        }),
      ]
    : [];
  const fromYear = String(first.year);
  const toYear = String(last.year);

  if (first === last) {
    if (last.text !== null) return [libText("chartSummary.onlyNarrative", { name, year: toYear })];
    return [libText("chartSummary.onlyValue", { name, value: format(last), year: toYear }), ...target];
  }

  if (first.number !== null && last.number !== null) {
    const change = last.number - first.number;
    if (change === 0) return [libText("chartSummary.stayed", { name, value: format(last), fromYear, toYear }), ...target];
    const movement = {
      name,
      from: format(first),
      fromYear,
      to: format(last),
      toYear,
      change: `${change > 0 ? "+" : "−"}${formatNumber(Math.abs(change), indicator.decimals, locale)}`,
      points: indicator.valueType === "PERCENTAGE" ? "yes" : "no",
    };
    return [change > 0 ? libText("chartSummary.rose", movement) : libText("chartSummary.fell", movement), ...target];
  }
  if (first.levelCode !== null && last.levelCode !== null) {
    const from = levelLabel(first.levelCode, indicator.levels);
    const to = levelLabel(last.levelCode, indicator.levels);
    const change =
      from === to
        ? libText("chartSummary.levelSame", { name, level: to, fromYear, toYear })
        : libText("chartSummary.levelMoved", { name, from, fromYear, to, toYear });
    return [change, ...target];
  }
  return [libText("chartSummary.narratives", { name, fromYear, toYear })];
}
