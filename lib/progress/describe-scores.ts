import { formatPercent, formatPoints } from "./format-score";
import type { AreaScore } from "./score-areas";

const pct = formatPercent;
const points = (value: number) => `${formatPoints(value)} points`;

/** One sentence on the overall score over the years and the strongest and weakest area of the last year. */
export function describeScoresOverTime(scores: readonly AreaScore[], topLevelCodes: readonly string[]): string {
  const overall = scores.filter((score) => score.areaCode === "_T" && score.score !== null).sort((a, b) => a.year - b.year);
  const first = overall[0];
  const last = overall.at(-1);
  if (!first || !last) return "No score can be computed yet: no counted indicator has a value.";
  const trend =
    first === last
      ? `The overall score is ${pct(last.score!)} in ${last.year}`
      : first.score === last.score
        ? `The overall score was ${pct(last.score!)} in ${first.year} and is the same in ${last.year}`
        : `The overall score ${last.score! > first.score! ? "rose" : "fell"} from ${pct(first.score!)} in ${first.year} to ${pct(last.score!)} in ${last.year}`;
  const lastYear = scores.filter((score) => score.year === last.year && topLevelCodes.includes(score.areaCode) && score.score !== null);
  if (lastYear.length < 2) return `${trend}.`;
  const best = lastYear.reduce((a, b) => (b.score! > a.score! ? b : a));
  const worst = lastYear.reduce((a, b) => (b.score! < a.score! ? b : a));
  if (best.score === worst.score) return `${trend}; in ${last.year} every area scores ${pct(best.score!)}.`;
  return `${trend}; in ${last.year} the highest area is ${best.areaCode} ${best.areaName} (${pct(best.score!)}) and the lowest ${worst.areaCode} ${worst.areaName} (${pct(worst.score!)}).`;
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

/** One sentence on how the areas moved between the first and the last chosen year. */
export function describeComparison(comparison: readonly AreaComparison[], years: readonly number[]): string {
  const from = years[0];
  const to = years.at(-1);
  const moved = comparison.filter((area) => area.change !== null);
  if (from === undefined || to === undefined || from === to || moved.length === 0)
    return "Choose at least two years that have scores to compare them.";
  if (moved.length === 1) {
    const [only] = moved;
    return `Between ${from} and ${to}, ${only!.areaCode} changed by ${points(only!.change!)}.`;
  }
  const improved = moved.filter((area) => area.change! > 0).length;
  const most = moved.reduce((a, b) => (b.change! > a.change! ? b : a));
  const least = moved.reduce((a, b) => (b.change! < a.change! ? b : a));
  const count =
    improved === moved.length
      ? `all ${moved.length} areas improved`
      : improved === 0
        ? `none of the ${moved.length} areas improved`
        : `${improved} of ${moved.length} areas improved`;
  if (most.change === least.change) return `Between ${from} and ${to}, ${count}; every area changed by ${points(most.change!)}.`;
  return `Between ${from} and ${to}, ${count}; ${most.areaCode} moved most (${points(most.change!)}) and ${least.areaCode} least (${points(least.change!)}).`;
}
