/** Scores and changes as people read them: en-GB numbers, one decimal at most. */
const oneDecimal = (value: number) => value.toLocaleString("en-GB", { maximumFractionDigits: 1 });

/** A change in points with its sign ("+3.5", "−1", "±0"), or `empty` when there is none. */
export function formatPoints(value: number | null, empty = "—"): string {
  if (value === null) return empty;
  const sign = value > 0 ? "+" : value < 0 ? "−" : "±";
  return `${sign}${oneDecimal(Math.abs(value))}`;
}

/** A score of 0-100 ("59.1"), or `empty` when there is none. */
export function formatScore(value: number | null, empty = "—"): string {
  return value === null ? empty : oneDecimal(value);
}

/** A percentage of 0-100 with its sign: "59.1 %". */
export function formatPercent(value: number): string {
  return `${oneDecimal(value)} %`;
}

/** A share of 0-1 as a percentage: 0.95 -> "95 %". */
export function formatShare(share: number): string {
  return formatPercent(share * 100);
}
