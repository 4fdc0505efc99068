import type { AreaScore } from "./score-areas";

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
