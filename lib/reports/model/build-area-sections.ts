import { topLevelAreaOf } from "@/lib/frameworks/top-level-area-of";
import { formatPoints, formatScore } from "@/lib/progress/format-score";
import type { ReportArea } from "../report-model";
import { indicatorDescriber } from "./describe-indicators";
import type { ReportContext } from "./report-context";

/** One section per top-level area: its score in a sentence, and a row for every indicator of the area and its sub-areas. */
export function buildAreaSections(context: ReportContext): ReportArea[] {
  const { data, framework, year, comparisonYear, areaComparison, scoreOf, categoryText } = context;
  const describeIndicator = indicatorDescriber(context);
  const rootOf = topLevelAreaOf(framework.areas);
  return data.topLevelAreas.map((area) => {
    const current = scoreOf(area.code, year);
    const areaScore = current?.score ?? null;
    const previousScore = comparisonYear === null ? null : (scoreOf(area.code, comparisonYear)?.score ?? null);
    const change = areaComparison.find((entry) => entry.areaCode === area.code)?.change ?? null;
    return {
      code: area.code,
      name: area.name,
      sentence:
        year === null
          ? "No score yet: no value of the framework has been approved."
          : areaScore === null
            ? `No score for ${year}: none of the area's scored indicators has a counted value.`
            : `Score ${formatScore(areaScore)} % in ${year}${previousScore !== null ? ` (${formatScore(previousScore)} % in ${comparisonYear}, ${formatPoints(change)} points)` : ""}${categoryText(area.code) ? `, category ${categoryText(area.code)}` : ""}; ${current!.indicatorsCounted} of ${current!.indicatorsTotal} scored indicators counted.`,
      score: areaScore,
      previousScore,
      change,
      category: categoryText(area.code),
      counted: current ? `${current.indicatorsCounted} of ${current.indicatorsTotal}` : "0",
      indicators: framework.areas
        .filter((candidate) => rootOf(candidate.id).id === area.id)
        .flatMap((candidate) => candidate.indicators)
        .map(describeIndicator),
    };
  });
}
