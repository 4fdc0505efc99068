import { createTranslator } from "use-intl/core";
import { topLevelAreaOf } from "@/lib/frameworks/top-level-area-of";
import { reportMessages, reportPoints, reportScore } from "../report-messages";
import type { ReportArea } from "../report-model";
import { indicatorDescriber } from "./describe-indicators";
import type { ReportContext } from "./report-context";

/** One section per top-level area: its score in a sentence, and a row for every indicator of the area and its sub-areas. */
export function buildAreaSections(context: ReportContext): ReportArea[] {
  const { data, framework, year, comparisonYear, areaComparison, scoreOf, categoryText, locale } = context;
  const t = createTranslator({ ...reportMessages(locale), namespace: "ReportAreas" });
  const describeIndicator = indicatorDescriber(context);
  const rootOf = topLevelAreaOf(framework.areas);
  return data.topLevelAreas.map((area) => {
    const current = scoreOf(area.code, year);
    const areaScore = current?.score ?? null;
    const previousScore = comparisonYear === null ? null : (scoreOf(area.code, comparisonYear)?.score ?? null);
    const change = areaComparison.find((entry) => entry.areaCode === area.code)?.change ?? null;
    const category = categoryText(area.code);
    const counted = current ? t("counted", { counted: current.indicatorsCounted, total: current.indicatorsTotal }) : "0";
    const sentence =
      year === null
        ? t("noScoreYet")
        : areaScore === null
          ? t("noScoreInYear", { year })
          : [
              t("score", { score: reportScore(areaScore, locale), year }),
              previousScore !== null && comparisonYear !== null
                ? ` ${t("comparison", { score: reportScore(previousScore, locale), year: comparisonYear, points: reportPoints(change, locale) })}`
                : "",
              category ? `, ${t("category", { category })}` : "",
              `; ${t("scoredCounted", { counted: current!.indicatorsCounted, total: current!.indicatorsTotal })}`,
            ].join("");
    return {
      code: area.code,
      name: area.name,
      sentence,
      score: areaScore,
      previousScore,
      change,
      category,
      counted,
      indicators: framework.areas
        .filter((candidate) => rootOf(candidate.id).id === area.id)
        .flatMap((candidate) => candidate.indicators)
        .map(describeIndicator),
    };
  });
}
