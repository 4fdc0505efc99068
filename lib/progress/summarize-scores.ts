import type { AreaComparison } from "./describe-scores";
import type { AreaScore } from "./score-areas";

type ScoredArea = { code: string; name: string; score: number };

/**
 * What the sentence under the progress chart says, as data: the page words it in the reader's
 * language (components/progress/scores-summary.tsx), the reports in theirs.
 */
export type ScoresOverTimeSummary =
  | { kind: "none" }
  | {
      kind: "scored";
      trend:
        | { kind: "single"; year: number; score: number }
        | { kind: "same"; from: number; to: number; score: number }
        | { kind: "rose" | "fell"; from: number; to: number; fromScore: number; toScore: number };
      /** The last year's top-level areas: all equal, or the highest and the lowest; null with fewer than two. */
      spread: null | { kind: "equal"; year: number; score: number } | { kind: "range"; year: number; best: ScoredArea; worst: ScoredArea };
    };

export function summarizeScoresOverTime(scores: readonly AreaScore[], topLevelCodes: readonly string[]): ScoresOverTimeSummary {
  const overall = scores.filter((score) => score.areaCode === "_T" && score.score !== null).sort((a, b) => a.year - b.year);
  const first = overall[0];
  const last = overall.at(-1);
  if (!first || !last) return { kind: "none" };
  const trend: Extract<ScoresOverTimeSummary, { kind: "scored" }>["trend"] =
    first === last
      ? { kind: "single", year: last.year, score: last.score! }
      : first.score === last.score
        ? { kind: "same", from: first.year, to: last.year, score: last.score! }
        : {
            kind: last.score! > first.score! ? "rose" : "fell",
            from: first.year,
            to: last.year,
            fromScore: first.score!,
            toScore: last.score!,
          };
  const lastYear = scores.filter((score) => score.year === last.year && topLevelCodes.includes(score.areaCode) && score.score !== null);
  if (lastYear.length < 2) return { kind: "scored", trend, spread: null };
  const best = lastYear.reduce((a, b) => (b.score! > a.score! ? b : a));
  const worst = lastYear.reduce((a, b) => (b.score! < a.score! ? b : a));
  if (best.score === worst.score) return { kind: "scored", trend, spread: { kind: "equal", year: last.year, score: best.score! } };
  const scored = (score: AreaScore): ScoredArea => ({ code: score.areaCode, name: score.areaName, score: score.score! });
  return { kind: "scored", trend, spread: { kind: "range", year: last.year, best: scored(best), worst: scored(worst) } };
}

type MovedArea = { code: string; change: number };

/** How the areas moved between the first and the last chosen year, as data (see ScoresOverTimeSummary). */
export type ComparisonSummary =
  | { kind: "too-few" }
  | { kind: "one"; from: number; to: number; area: MovedArea }
  | {
      kind: "many";
      from: number;
      to: number;
      moved: number;
      improved: number;
      /** Equal when every area changed by as much. */
      most: MovedArea;
      least: MovedArea;
    };

export function summarizeComparison(comparison: readonly AreaComparison[], years: readonly number[]): ComparisonSummary {
  const from = years[0];
  const to = years.at(-1);
  const moved = comparison.filter((area) => area.change !== null);
  if (from === undefined || to === undefined || from === to || moved.length === 0) return { kind: "too-few" };
  const toMoved = (area: AreaComparison): MovedArea => ({ code: area.areaCode, change: area.change! });
  if (moved.length === 1) return { kind: "one", from, to, area: toMoved(moved[0]!) };
  return {
    kind: "many",
    from,
    to,
    moved: moved.length,
    improved: moved.filter((area) => area.change! > 0).length,
    most: toMoved(moved.reduce((a, b) => (b.change! > a.change! ? b : a))),
    least: toMoved(moved.reduce((a, b) => (b.change! < a.change! ? b : a))),
  };
}
