import { describeComparison, describeScoresOverTime } from "@/lib/progress/describe-scores";
import { formatPercent } from "@/lib/progress/format-score";
import type { ReportCompleteness, ReportSummary } from "../report-model";
import { OFF_TRACK, type AreaIndicator } from "./build-off-track";
import type { ReportContext } from "./report-context";

/** The summary: paragraphs on scores, statuses and reporting, and the table of area scores in the compared years. */
export function buildSummary(
  context: ReportContext,
  indicators: readonly AreaIndicator[],
  completeness: ReportCompleteness | null,
): ReportSummary {
  const { comparisonYear, areaComparison, categoryText } = context;
  return {
    paragraphs: summaryParagraphs(context, indicators, completeness),
    scores: areaComparison.map((entry) => ({
      code: entry.areaCode,
      name: entry.areaCode === "_T" ? "All areas" : entry.areaName,
      previous: comparisonYear === null ? null : (entry.scores[0] ?? null),
      current: entry.scores.at(-1) ?? null,
      change: entry.change,
      category: categoryText(entry.areaCode),
    })),
    completeness,
  };
}

function summaryParagraphs(
  { data, scores, year, comparisonYear, compared, topCodes, areaComparison }: ReportContext,
  indicators: readonly AreaIndicator[],
  completeness: ReportCompleteness | null,
): string[] {
  const overall = areaComparison.find((entry) => entry.areaCode === "_T");
  const paragraphs: string[] = [];
  if (year === null) paragraphs.push("No value of this framework has been approved yet, so the report has no figures.");
  else {
    paragraphs.push(describeScoresOverTime(scores, topCodes));
    if (comparisonYear !== null)
      paragraphs.push(
        describeComparison(
          areaComparison.filter((entry) => entry.areaCode !== "_T"),
          compared,
        ),
      );
    const offTrackCount = indicators.filter((indicator) => OFF_TRACK.includes(indicator.status)).length;
    const onTrackCount = indicators.filter((indicator) => indicator.status === "on_track" || indicator.status === "target_achieved").length;
    paragraphs.push(
      `In ${year}, ${onTrackCount} of ${indicators.length} indicators have achieved their target or are on track, ${offTrackCount} are off track and ${indicators.length - onTrackCount - offTrackCount} have no status (no value, no target, or a narrative indicator).`,
    );
    if (completeness) {
      const { totals: counts } = completeness;
      paragraphs.push(
        `Reporting for ${year}: ${counts.approved} of ${counts.assigned} indicators approved (${formatPercent(counts.percentApproved)}), ${counts.submitted} awaiting review, ${counts.returned} returned for correction and ${counts.missing} without a value; the cycle is ${completeness.cycleStatus === "OPEN" ? "open" : "closed"}.`,
      );
    }
    if (overall?.scores.at(-1) === null || overall?.scores.at(-1) === undefined)
      paragraphs.push(`No overall score can be computed for ${year}.`);
  }
  if (data.includeProvisional)
    paragraphs.push("This report includes provisional values that are not approved yet; they are marked with an asterisk (*).");
  return paragraphs;
}
