import type { Direction, ValueType } from "@/lib/generated/prisma/enums";

export const VALUE_TYPES = ["NUMBER", "PERCENTAGE", "YES_NO", "LEVELS", "TEXT"] as const satisfies readonly ValueType[];
export const DIRECTIONS = ["INCREASE", "DECREASE", "MAINTAIN"] as const satisfies readonly Direction[];

export const VALUE_TYPE_LABELS: Record<ValueType, string> = {
  NUMBER: "Number",
  PERCENTAGE: "Percentage",
  YES_NO: "Yes / no",
  LEVELS: "Levels",
  TEXT: "Narrative",
};

export const DIRECTION_LABELS: Record<Direction, string> = {
  INCREASE: "Increase",
  DECREASE: "Decrease",
  MAINTAIN: "Maintain",
};

/** Quantitative types carry a number; the others carry a level code or a text. */
export function isQuantitative(valueType: ValueType): boolean {
  return valueType === "NUMBER" || valueType === "PERCENTAGE";
}

/** Level-based types are answered by picking one of the indicator's levels. */
export function isLevelBased(valueType: ValueType): boolean {
  return valueType === "YES_NO" || valueType === "LEVELS";
}

export type LevelDefinition = { code: string; label: string; score: number };

/** Yes/no is a two-level scale, so qualitative scoring treats every level-based type alike. */
export const YES_NO_LEVELS: readonly LevelDefinition[] = [
  { code: "no", label: "No", score: 0 },
  { code: "yes", label: "Yes", score: 1 },
];

/** Percentages are bounded by 0 and 100 unless the indicator says otherwise. */
export function effectiveLimits(indicator: { valueType: ValueType; lowerLimit: number | null; upperLimit: number | null }): {
  lower: number | null;
  upper: number | null;
} {
  if (indicator.valueType === "PERCENTAGE") {
    return { lower: indicator.lowerLimit ?? 0, upper: indicator.upperLimit ?? 100 };
  }
  return { lower: indicator.lowerLimit, upper: indicator.upperLimit };
}
