import { formatDisaggregationKey } from "@/lib/indicators/disaggregation";

/**
 * The rows an institution is expected to report for an indicator: the total, and one row per
 * member of each breakdown dimension (sex: female, male...). Cross-breakdowns (female aged
 * 15-24) can be entered but are not required.
 */
export function expectedRows(indicator: { dimensions: { code: string; members: { code: string }[] }[] }): string[] {
  return [
    "",
    ...indicator.dimensions.flatMap((dimension) =>
      dimension.members.map((member) => formatDisaggregationKey({ [dimension.code]: member.code })),
    ),
  ];
}
