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

/**
 * Rows sorted as the form shows them: the total, then each dimension's members in their
 * catalogue order (female before male), then anything else. Queries return rows in no
 * particular order (PostgreSQL and SQLite differ), and people read "Female + Male".
 */
export function inMemberOrder<Row extends { key: string }>(
  indicator: { dimensions: { code: string; members: { code: string }[] }[] },
  rows: readonly Row[],
): Row[] {
  const position = new Map(expectedRows(indicator).map((key, index) => [key, index]));
  return [...rows].sort((a, b) => (position.get(a.key) ?? Infinity) - (position.get(b.key) ?? Infinity) || a.key.localeCompare(b.key));
}
