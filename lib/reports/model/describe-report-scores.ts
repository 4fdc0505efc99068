import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/i18n/locales";
import type { AreaComparison } from "@/lib/progress/describe-scores";
import type { AreaScore } from "@/lib/progress/score-areas";
import { reportMessages, reportPercent, reportPoints } from "../report-messages";

/**
 * The summary's sentences on scores, in the report's language: the overall score over the
 * years with the strongest and weakest area, and how the areas moved between the compared
 * years. The same reading as lib/progress/describe-scores.ts gives the progress page.
 */
export function describeReportScores(locale: Locale) {
  const t = createTranslator({ ...reportMessages(locale), namespace: "ReportScores" });
  const pct = (value: number) => reportPercent(value, locale);
  const points = (value: number) => reportPoints(value, locale);

  function overTime(scores: readonly AreaScore[], topLevelCodes: readonly string[]): string {
    const overall = scores.filter((score) => score.areaCode === "_T" && score.score !== null).sort((a, b) => a.year - b.year);
    const first = overall[0];
    const last = overall.at(-1);
    if (!first || !last) return t("noScore");
    const trend =
      first === last
        ? t("overallIs", { score: pct(last.score!), year: last.year })
        : first.score === last.score
          ? t("overallSame", { score: pct(last.score!), first: first.year, last: last.year })
          : last.score! > first.score!
            ? t("overallRose", { from: pct(first.score!), first: first.year, to: pct(last.score!), last: last.year })
            : t("overallFell", { from: pct(first.score!), first: first.year, to: pct(last.score!), last: last.year });
    const lastYear = scores.filter((score) => score.year === last.year && topLevelCodes.includes(score.areaCode) && score.score !== null);
    if (lastYear.length < 2) return t("sentence", { text: trend });
    const best = lastYear.reduce((a, b) => (b.score! > a.score! ? b : a));
    const worst = lastYear.reduce((a, b) => (b.score! < a.score! ? b : a));
    const spread =
      best.score === worst.score
        ? t("everyAreaScores", { year: last.year, score: pct(best.score!) })
        : t("highestLowest", {
            year: last.year,
            best: `${best.areaCode} ${best.areaName}`,
            bestScore: pct(best.score!),
            worst: `${worst.areaCode} ${worst.areaName}`,
            worstScore: pct(worst.score!),
          });
    return t("sentenceWithDetail", { text: trend, detail: spread });
  }

  function comparison(areas: readonly AreaComparison[], years: readonly number[]): string {
    const from = years[0];
    const to = years.at(-1);
    const moved = areas.filter((area) => area.change !== null);
    if (from === undefined || to === undefined || from === to || moved.length === 0) return t("chooseTwoYears");
    if (moved.length === 1) return t("oneAreaChanged", { from, to, area: moved[0]!.areaCode, points: points(moved[0]!.change!) });
    const improved = moved.filter((area) => area.change! > 0).length;
    const most = moved.reduce((a, b) => (b.change! > a.change! ? b : a));
    const least = moved.reduce((a, b) => (b.change! < a.change! ? b : a));
    const count =
      improved === moved.length
        ? t("allImproved", { count: moved.length })
        : improved === 0
          ? t("noneImproved", { count: moved.length })
          : t("someImproved", { improved, count: moved.length });
    if (most.change === least.change) return t("everyAreaChanged", { from, to, count, points: points(most.change!) });
    return t("mostAndLeast", {
      from,
      to,
      count,
      most: most.areaCode,
      mostPoints: points(most.change!),
      least: least.areaCode,
      leastPoints: points(least.change!),
    });
  }

  return { overTime, comparison };
}
