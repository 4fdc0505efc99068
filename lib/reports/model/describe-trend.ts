import type { StructureIndicator } from "@/lib/frameworks/get-framework-structure";
import { formatNumber, levelLabel } from "@/lib/indicators/format-value";
import { isLevelBased, isQuantitative } from "@/lib/indicators/value-types";
import { formatPercent } from "@/lib/progress/format-score";
import type { FrameworkDataValue } from "@/lib/progress/load-framework-data";

type TrendValue = Pick<FrameworkDataValue, "year" | "number" | "levelCode">;

/**
 * "+12 % since 2023 (better)", "Unchanged since 2023", "Down from Fully present (2023)", or why
 * there is none. Words and signs, not arrows: the report font has no arrow glyphs, and words
 * read out well.
 */
export function describeTrend(indicator: StructureIndicator, current: TrendValue | undefined, previous: TrendValue | undefined): string {
  if (!current) return "No value this year";
  if (!previous) return "No earlier value";
  if (isQuantitative(indicator.valueType) && current.number !== null && previous.number !== null) {
    const change = current.number - previous.number;
    if (change === 0) return `Unchanged since ${previous.year}`;
    const amount =
      previous.number !== 0 && indicator.valueType !== "PERCENTAGE"
        ? `${change > 0 ? "+" : "−"}${formatPercent(Math.abs((change / Math.abs(previous.number)) * 100))}`
        : `${change > 0 ? "+" : "−"}${formatNumber(Math.abs(change), indicator.decimals ?? (Number.isInteger(change) ? 0 : 1))}${indicator.valueType === "PERCENTAGE" ? " points" : ""}`;
    const better = indicator.direction === "INCREASE" ? change > 0 : indicator.direction === "DECREASE" ? change < 0 : null;
    return `${amount} since ${previous.year}${better === null ? "" : better ? " (better)" : " (worse)"}`;
  }
  if (isLevelBased(indicator.valueType) && current.levelCode !== null && previous.levelCode !== null) {
    const scoreOf = (code: string) => indicator.levels.find((level) => level.code === code)?.score ?? 0;
    const change = scoreOf(current.levelCode) - scoreOf(previous.levelCode);
    if (change === 0) return `Unchanged since ${previous.year}`;
    return `${change > 0 ? "Up" : "Down"} from ${levelLabel(previous.levelCode, indicator.levels)} (${previous.year})`;
  }
  return `Reported; last also in ${previous.year}`;
}
