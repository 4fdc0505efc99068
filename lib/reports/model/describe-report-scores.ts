import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/i18n/locales";
import type { AreaComparison } from "@/lib/progress/describe-scores";
import type { AreaScore } from "@/lib/progress/score-areas";
import { summarizeComparison, summarizeScoresOverTime } from "@/lib/progress/summarize-scores";
import { reportMessages, reportPercent, reportPoints } from "../report-messages";

/**
 * The summary's sentences on scores, in the report's language: the overall score over the
 * years with the strongest and weakest area, and how the areas moved between the compared
 * years. What they say is read once, by lib/progress/summarize-scores.ts, which the progress
 * pages word too (components/progress/scores-summary.tsx); this only words it.
 */
export function describeReportScores(locale: Locale) {
  const t = createTranslator({ ...reportMessages(locale), namespace: "ReportScores" });
  const pct = (value: number) => reportPercent(value, locale);
  const points = (value: number) => reportPoints(value, locale);

  function overTime(scores: readonly AreaScore[], topLevelCodes: readonly string[]): string {
    const summary = summarizeScoresOverTime(scores, topLevelCodes);
    if (summary.kind === "none") return t("noScore");
    const { trend, spread } = summary;
    const moved = (change: { from: number; to: number; fromScore: number; toScore: number }) => ({
      from: pct(change.fromScore),
      first: change.from,
      to: pct(change.toScore),
      last: change.to,
    });
    const text =
      trend.kind === "single"
        ? t("overallIs", { score: pct(trend.score), year: trend.year })
        : trend.kind === "same"
          ? t("overallSame", { score: pct(trend.score), first: trend.from, last: trend.to })
          : trend.kind === "rose"
            ? t("overallRose", moved(trend))
            : t("overallFell", moved(trend));
    if (spread === null) return t("sentence", { text });
    const detail =
      spread.kind === "equal"
        ? t("everyAreaScores", { year: spread.year, score: pct(spread.score) })
        : t("highestLowest", {
            year: spread.year,
            best: `${spread.best.code} ${spread.best.name}`,
            bestScore: pct(spread.best.score),
            worst: `${spread.worst.code} ${spread.worst.name}`,
            worstScore: pct(spread.worst.score),
          });
    return t("sentenceWithDetail", { text, detail });
  }

  function comparison(areas: readonly AreaComparison[], years: readonly number[]): string {
    const summary = summarizeComparison(areas, years);
    if (summary.kind === "too-few") return t("chooseTwoYears");
    const { from, to } = summary;
    if (summary.kind === "one") return t("oneAreaChanged", { from, to, area: summary.area.code, points: points(summary.area.change) });
    const { moved, improved, most, least } = summary;
    const count =
      improved === moved
        ? t("allImproved", { count: moved })
        : improved === 0
          ? t("noneImproved", { count: moved })
          : t("someImproved", { improved, count: moved });
    if (most.change === least.change) return t("everyAreaChanged", { from, to, count, points: points(most.change) });
    return t("mostAndLeast", {
      from,
      to,
      count,
      most: most.code,
      mostPoints: points(most.change),
      least: least.code,
      leastPoints: points(least.change),
    });
  }

  return { overTime, comparison };
}
