import { formatShare } from "@/lib/progress/format-score";
import { MAINTAIN_TOLERANCES, TARGET_THRESHOLDS, TREND_THRESHOLDS } from "@/lib/progress/calculate-progress";
import { CATEGORY_LABELS, DEFAULT_CATEGORY_CUTOFFS } from "@/lib/progress/categories";

const pct = formatShare;

/** The report's methodology note: the same method as the /methodology page, in a few paragraphs. */
export function methodologyNote(input: {
  official: boolean;
  baseYear: number | null;
  includeProvisional: boolean;
  cutoffs: readonly number[] | null;
}): string[] {
  const cutoffs = input.cutoffs ?? DEFAULT_CATEGORY_CUTOFFS;
  const paragraphs = [
    `Values. ${input.includeProvisional ? "This report counts approved values and, marked as provisional, values not yet approved." : "Only values approved by the secretariat count."} Values returned for correction never count. Progress is measured on each indicator's total; breakdowns are reported but not scored.`,
    `Progress status (Open SDG / Statistics Canada method). The compound annual growth rate from the base year${input.baseYear ? ` (${input.baseYear})` : " (each indicator's first year with data)"} to the year of the report is compared with the growth needed to reach the target on time. A target already met is "target achieved"; a ratio of at least ${pct(TARGET_THRESHOLDS.high)} is "on track", from ${pct(TARGET_THRESHOLDS.medium)} "progress, acceleration needed", from ${pct(TARGET_THRESHOLDS.low)} "limited progress", below it "deterioration". Without a target, the growth itself is judged against ${pct(TREND_THRESHOLDS.high)}, ${pct(TREND_THRESHOLDS.medium)} and 0 a year, with thresholds reduced near a natural limit such as 100 %. The desired direction (increase or decrease) is taken into account.`,
    `Qualitative indicators progress through the scores of their levels (for example absent 0, partially present 0.5, fully present 1), at the pace needed to reach the target level. Indicators to be maintained are on track within ${pct(MAINTAIN_TOLERANCES.onTrack)} of their reference value. Narrative indicators have no status.`,
  ];
  if (input.official) {
    paragraphs.push(
      `Domain scores follow the official formula of SDG indicator 10.7.2: the mean of the five sub-category scores (1, 0.5 or 0) × 100, computed only when every sub-category is answered; the overall score is the mean of all sub-categories. Categories: ${CATEGORY_LABELS.map((label, index) => `${index + 1} ${label}${index === 0 ? ` below ${cutoffs[0]} %` : ` from ${cutoffs[index - 1]} %`}`).join("; ")} (the cut-offs are a setting of the framework).`,
    );
  } else {
    paragraphs.push(
      "Area scores (0-100 %) are the mean achievement of the area's indicators towards their targets: the level's score for qualitative indicators, and for quantitative ones the share of the way from the base value to the target (100 % once it is met). Indicators without a target and narrative indicators are not scored; each score says how many indicators it counts. Scores show progress over time within this matrix; they are not a ranking.",
    );
  }
  return paragraphs;
}
