import { createTranslator } from "use-intl/core";
import { reportMessages, reportPercent } from "../report-messages";
import type { ReportCompleteness, ReportSummary } from "../report-model";
import { OFF_TRACK, type AreaIndicator } from "./build-off-track";
import { describeReportScores } from "./describe-report-scores";
import type { ReportContext } from "./report-context";

/** The summary: paragraphs on scores, statuses and reporting, and the table of area scores in the compared years. */
export function buildSummary(
  context: ReportContext,
  indicators: readonly AreaIndicator[],
  completeness: ReportCompleteness | null,
): ReportSummary {
  const { comparisonYear, areaComparison, categoryText } = context;
  const t = createTranslator({ ...reportMessages(context.locale), namespace: "ReportSummary" });
  return {
    paragraphs: summaryParagraphs(context, indicators, completeness),
    scores: areaComparison.map((entry) => ({
      code: entry.areaCode,
      name: entry.areaCode === "_T" ? t("allAreas") : entry.areaName,
      previous: comparisonYear === null ? null : (entry.scores[0] ?? null),
      current: entry.scores.at(-1) ?? null,
      change: entry.change,
      category: categoryText(entry.areaCode),
    })),
    completeness,
  };
}

function summaryParagraphs(
  { data, scores, year, comparisonYear, compared, topCodes, areaComparison, locale }: ReportContext,
  indicators: readonly AreaIndicator[],
  completeness: ReportCompleteness | null,
): string[] {
  const t = createTranslator({ ...reportMessages(locale), namespace: "ReportSummary" });
  const describe = describeReportScores(locale);
  const overall = areaComparison.find((entry) => entry.areaCode === "_T");
  const paragraphs: string[] = [];
  if (year === null) paragraphs.push(t("noValues"));
  else {
    paragraphs.push(describe.overTime(scores, topCodes));
    if (comparisonYear !== null)
      paragraphs.push(
        describe.comparison(
          areaComparison.filter((entry) => entry.areaCode !== "_T"),
          compared,
        ),
      );
    const offTrack = indicators.filter((indicator) => OFF_TRACK.includes(indicator.status)).length;
    const onTrack = indicators.filter((indicator) => indicator.status === "on_track" || indicator.status === "target_achieved").length;
    paragraphs.push(t("statuses", { year, onTrack, total: indicators.length, offTrack, without: indicators.length - onTrack - offTrack }));
    if (completeness) {
      const { totals: counts } = completeness;
      const values = {
        year,
        approved: counts.approved,
        assigned: counts.assigned,
        percent: reportPercent(counts.percentApproved, locale),
        submitted: counts.submitted,
        returned: counts.returned,
        missing: counts.missing,
      };
      paragraphs.push(completeness.cycleStatus === "OPEN" ? t("reportingOpen", values) : t("reportingClosed", values));
    }
    if (overall?.scores.at(-1) === null || overall?.scores.at(-1) === undefined) paragraphs.push(t("noOverallScore", { year }));
  }
  if (data.includeProvisional) paragraphs.push(t("includesProvisional"));
  return paragraphs;
}
