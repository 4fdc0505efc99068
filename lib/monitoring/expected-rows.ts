import { formatDisaggregationKey } from "@/lib/indicators/disaggregation";

/**
 * The rows an institution is expected to report for an indicator: the total, and one row per
 * member of each breakdown dimension (sex: female, male...). Cross-breakdowns (female aged
 * 15-24) can be entered but are not required.
 */
export function expectedRows(indicator: {
  dimensions: readonly { code: string; members: readonly { code: string }[] }[];
}): readonly string[] {
  // Worked out once per indicator of the structure cache (decision 055): the entry form asks for
  // every indicator of the institution at each request, to count and to list what is missing.
  let rows = rowsByDimensions.get(indicator.dimensions);
  if (!rows) {
    rows = Object.freeze([
      "",
      ...indicator.dimensions.flatMap((dimension) =>
        dimension.members.map((member) => formatDisaggregationKey({ [dimension.code]: member.code })),
      ),
    ]);
    rowsByDimensions.set(indicator.dimensions, rows);
  }
  return rows;
}

const rowsByDimensions = new WeakMap<object, readonly string[]>();

/**
 * Rows sorted as the form shows them: the total, then each dimension's members in their
 * catalogue order (female before male), then anything else. Queries return rows in no
 * particular order (PostgreSQL and SQLite differ), and people read "Female + Male".
 */
export function inMemberOrder<Row extends { key: string }>(
  indicator: { dimensions: readonly { code: string; members: readonly { code: string }[] }[] },
  rows: readonly Row[],
): Row[] {
  const position = new Map(expectedRows(indicator).map((key, index) => [key, index]));
  return [...rows].sort((a, b) => (position.get(a.key) ?? Infinity) - (position.get(b.key) ?? Infinity) || a.key.localeCompare(b.key));
}
