import { isCountUnit } from "./count-units";
import { isTotalKey, parseDisaggregationKey } from "./disaggregation";

/**
 * Issue 14, trap 6: the breakdown rows of one dimension (female + male) should add up to the
 * total. A sum means something only for what adds up: counts (persons, agreements...), and any
 * indicator whose matrix asks for the hard rule. Shares, rates and averages do not add up, so
 * they are never checked. A dimension is checked once every one of its members has a number
 * (a half-filled breakdown is work in progress, not a mismatch).
 */
export type BreakdownRow = { key: string; number: number | null };

export type BreakdownMismatch = {
  /** The dimension's code, e.g. "SEX". */
  dimension: string;
  /** The members' row keys, in the order given. */
  partKeys: string[];
  sum: number;
  total: number;
};

type SummableIndicator = { valueType: string; unit: string | null; decimals: number | null; breakdownsMustSum: boolean };

/** Whether the indicator's breakdowns are compared with its total at all. */
export function breakdownsAddUp(indicator: SummableIndicator): boolean {
  if (indicator.valueType !== "NUMBER") return false;
  return indicator.breakdownsMustSum || isCountUnit(indicator.unit);
}

/**
 * The dimensions whose members' numbers do not add up to the total. `rows` are the indicator's
 * total and breakdown rows (cross-breakdowns are ignored).
 */
export function findBreakdownMismatches(indicator: SummableIndicator, rows: readonly BreakdownRow[]): BreakdownMismatch[] {
  if (!breakdownsAddUp(indicator)) return [];
  const total = rows.find((row) => isTotalKey(row.key))?.number ?? null;
  if (total === null) return [];
  const byDimension = new Map<string, BreakdownRow[]>();
  for (const row of rows) {
    if (isTotalKey(row.key)) continue;
    const dimensions = Object.keys(parseDisaggregationKey(row.key));
    if (dimensions.length !== 1) continue;
    const dimension = dimensions[0]!;
    byDimension.set(dimension, [...(byDimension.get(dimension) ?? []), row]);
  }
  const mismatches: BreakdownMismatch[] = [];
  for (const [dimension, parts] of byDimension) {
    if (parts.some((part) => part.number === null)) continue;
    const sum = parts.reduce((accumulated, part) => accumulated + part.number!, 0);
    if (Math.abs(sum - total) > tolerance(indicator.decimals, parts.length, total)) {
      mismatches.push({ dimension, partKeys: parts.map((part) => part.key), sum: roundLikeInput(sum), total });
    }
  }
  return mismatches;
}

/**
 * Each number may be rounded to the indicator's decimals, so parts and total may each be off by
 * half a unit of the last decimal. Whole numbers (no decimals) must agree exactly; the tiny
 * relative margin absorbs binary floating point only.
 */
function tolerance(decimals: number | null, parts: number, total: number): number {
  const floatingPoint = 1e-9 * Math.max(1, Math.abs(total));
  if (!decimals || decimals <= 0) return floatingPoint;
  return (parts + 1) * 0.5 * 10 ** -decimals + floatingPoint;
}

/** 0.1 + 0.2 shows as 0.3, not 0.30000000000000004. */
function roundLikeInput(value: number): number {
  return Number(value.toPrecision(12));
}
