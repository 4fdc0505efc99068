/** A change in points with its sign ("+3.5", "−1", "±0"), or a dash when there is none. */
export function formatPoints(value: number | null): string {
  if (value === null) return "—";
  const sign = value > 0 ? "+" : value < 0 ? "−" : "±";
  return `${sign}${Math.abs(value).toLocaleString("en-GB", { maximumFractionDigits: 1 })}`;
}
