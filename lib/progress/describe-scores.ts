import { formatPercent, formatPoints } from "./format-score";
import type { AreaScore } from "./score-areas";
import { summarizeComparison, summarizeScoresOverTime } from "./summarize-scores";

const pct = formatPercent;
const points = (value: number) => `${formatPoints(value)} points`;

/**
 * One English sentence on the overall score over the years and the strongest and weakest area
 * of the last year, for the reports; pages word the same summary in the reader's language.
 */
export function describeScoresOverTime(scores: readonly AreaScore[], topLevelCodes: readonly string[]): string {
  const summary = summarizeScoresOverTime(scores, topLevelCodes);
  if (summary.kind === "none") return "No score can be computed yet: no counted indicator has a value.";
  const { trend, spread } = summary;
  const sentence =
    trend.kind === "single"
      ? `The overall score is ${pct(trend.score)} in ${trend.year}`
      : trend.kind === "same"
        ? `The overall score was ${pct(trend.score)} in ${trend.from} and is the same in ${trend.to}`
        : `The overall score ${trend.kind} from ${pct(trend.fromScore)} in ${trend.from} to ${pct(trend.toScore)} in ${trend.to}`;
  if (spread === null) return `${sentence}.`;
  if (spread.kind === "equal") return `${sentence}; in ${spread.year} every area scores ${pct(spread.score)}.`;
  const { best, worst } = spread;
  return `${sentence}; in ${spread.year} the highest area is ${best.code} ${best.name} (${pct(best.score)}) and the lowest ${worst.code} ${worst.name} (${pct(worst.score)}).`;
}

export type AreaComparison = { areaCode: string; areaName: string; scores: (number | null)[]; change: number | null };

/** Each area's score in the chosen years and its change from the first to the last. */
export function compareAreas(scores: readonly AreaScore[], areaCodes: readonly string[], years: readonly number[]): AreaComparison[] {
  return areaCodes.map((code) => {
    const ofArea = scores.filter((score) => score.areaCode === code);
    const values = years.map((year) => ofArea.find((score) => score.year === year)?.score ?? null);
    const first = values[0] ?? null;
    const last = values.at(-1) ?? null;
    return {
      areaCode: code,
      areaName: ofArea[0]?.areaName ?? code,
      scores: values,
      change: first !== null && last !== null && years.length > 1 ? Math.round((last - first) * 10) / 10 : null,
    };
  });
}

/** One English sentence on how the areas moved between the first and the last chosen year (reports; see above). */
export function describeComparison(comparison: readonly AreaComparison[], years: readonly number[]): string {
  const summary = summarizeComparison(comparison, years);
  if (summary.kind === "too-few") return "Choose at least two years that have scores to compare them.";
  const { from, to } = summary;
  if (summary.kind === "one") return `Between ${from} and ${to}, ${summary.area.code} changed by ${points(summary.area.change)}.`;
  const { moved, improved, most, least } = summary;
  const count =
    improved === moved
      ? `all ${moved} areas improved`
      : improved === 0
        ? `none of the ${moved} areas improved`
        : `${improved} of ${moved} areas improved`;
  if (most.change === least.change) return `Between ${from} and ${to}, ${count}; every area changed by ${points(most.change)}.`;
  return `Between ${from} and ${to}, ${count}; ${most.code} moved most (${points(most.change)}) and ${least.code} least (${points(least.change)}).`;
}
