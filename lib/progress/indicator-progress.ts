import { libText, type LibText } from "@/lib/i18n/lib-text";
import type { Direction, ValueStatus, ValueType } from "@/lib/generated/prisma/enums";
import { effectiveLimits, isLevelBased, isQuantitative } from "@/lib/indicators/value-types";
import {
  calculateLevelProgress,
  calculateMaintainProgress,
  calculateQuantitativeProgress,
  MAINTAIN_TOLERANCES,
  type ProgressResult,
} from "./calculate-progress";

/** What the progress method needs to know of an indicator. */
export type ProgressIndicator = {
  id: string;
  code: string;
  valueType: ValueType;
  direction: Direction | null;
  lowerLimit: number | null;
  upperLimit: number | null;
  baselineYear: number | null;
  baselineNumber: number | null;
  baselineLevel: string | null;
  levels: readonly { code: string; score: number }[];
  targets: readonly { year: number; number: number | null; levelCode: string | null; isFinal: boolean }[];
};

/** One year of an indicator's total. */
export type SeriesPoint = { year: number; number: number | null; levelCode: string | null; status: ValueStatus };

export type ProgressInputs = {
  baseYear: number | null;
  baseValue: number | string | null;
  currentYear: number | null;
  currentValue: number | string | null;
  target: { year: number; value: number | string } | null;
  direction: Direction | null;
  limit: number | null;
  /** True when a value used is not approved yet. */
  provisional: boolean;
};

export type IndicatorProgress = ProgressResult & { inputs: ProgressInputs };

function finalTarget(indicator: ProgressIndicator) {
  return indicator.targets.find((target) => target.isFinal) ?? [...indicator.targets].sort((a, b) => b.year - a.year)[0] ?? null;
}

const scoreOf = (indicator: ProgressIndicator, code: string | null) =>
  code === null ? null : (indicator.levels.find((level) => level.code === code)?.score ?? null);

type BasePoint = { year: number; number: number | null; levelCode: string | null; provisional: boolean };

/**
 * The base of the method: the framework's base year (else the indicator's baseline year,
 * else its first year of data); its value from the data of that year, else the indicator's
 * baseline when it is of that year, else the next year that has data (as Open SDG does).
 */
export function findBase(indicator: ProgressIndicator, series: readonly SeriesPoint[], frameworkBaseYear: number | null): BasePoint | null {
  const sorted = [...series].sort((a, b) => a.year - b.year);
  const wanted = frameworkBaseYear ?? indicator.baselineYear ?? sorted[0]?.year ?? null;
  if (wanted === null) return null;
  const exact = sorted.find((point) => point.year === wanted);
  if (exact) return { year: exact.year, number: exact.number, levelCode: exact.levelCode, provisional: exact.status !== "APPROVED" };
  if (indicator.baselineYear === wanted && (indicator.baselineNumber !== null || indicator.baselineLevel !== null)) {
    return { year: wanted, number: indicator.baselineNumber, levelCode: indicator.baselineLevel, provisional: false };
  }
  const next = sorted.find((point) => point.year > wanted);
  return next ? { year: next.year, number: next.number, levelCode: next.levelCode, provisional: next.status !== "APPROVED" } : null;
}

/**
 * The progress status of an indicator at a year, with the inputs that produced it. The
 * series holds the indicator's totals that may be counted (approved ones, or also the
 * provisional ones when asked); values after `atYear` are ignored.
 */
export function indicatorProgressAt(
  indicator: ProgressIndicator,
  series: readonly SeriesPoint[],
  atYear: number,
  frameworkBaseYear: number | null,
): IndicatorProgress {
  const upTo = series.filter((point) => point.year <= atYear);
  const current = upTo.find((point) => point.year === atYear) ?? null;
  const base = findBase(indicator, upTo, frameworkBaseYear);
  const target = finalTarget(indicator);
  const limits = effectiveLimits(indicator);
  const inputs: ProgressInputs = {
    baseYear: base?.year ?? null,
    baseValue: base ? (base.number ?? base.levelCode) : null,
    currentYear: current?.year ?? null,
    currentValue: current ? (current.number ?? current.levelCode) : null,
    target: target ? { year: target.year, value: (target.number ?? target.levelCode) as number | string } : null,
    direction: indicator.direction,
    limit: null,
    provisional: (base?.provisional ?? false) || (current !== null && current.status !== "APPROVED"),
  };
  const none = (reason: LibText): IndicatorProgress => ({
    status: "not_available",
    method: "none",
    progressValue: null,
    observedGrowth: null,
    requiredGrowth: null,
    thresholds: null,
    coefficient: null,
    reason,
    inputs,
  });
  if (!current) return none(libText("progressReasons.noValueFor", { year: String(atYear) }));
  if (!base) return none(libText("progressReasons.noBaseValue"));

  if (isLevelBased(indicator.valueType)) {
    const baseScore = scoreOf(indicator, base.levelCode);
    const currentScore = scoreOf(indicator, current.levelCode);
    if (baseScore === null || currentScore === null) return none(libText("progressReasons.levelNotOnScale"));
    const targetScore = target ? scoreOf(indicator, target.levelCode) : null;
    const maxScore = Math.max(...indicator.levels.map((level) => level.score));
    return {
      ...calculateLevelProgress({
        base: { year: base.year, score: baseScore },
        current: { year: current.year, score: currentScore },
        target: target && targetScore !== null ? { year: target.year, score: targetScore } : null,
        maxScore,
      }),
      inputs,
    };
  }
  if (!isQuantitative(indicator.valueType)) return none(libText("progressReasons.narrative"));
  if (base.number === null || current.number === null) return none(libText("progressReasons.valueMissing"));

  if (indicator.direction === "MAINTAIN") {
    return {
      ...calculateMaintainProgress({
        base: { year: base.year, value: base.number },
        current: { year: current.year, value: current.number },
        target: target?.number != null ? { value: target.number } : null,
      }),
      inputs,
    };
  }
  if (indicator.direction === null && target?.number == null) return none(libText("progressReasons.noDirectionNorTarget"));
  // Without a stated direction, the target says which way is better.
  const direction: 1 | -1 =
    indicator.direction === "DECREASE"
      ? -1
      : indicator.direction === "INCREASE"
        ? 1
        : (target?.number ?? base.number) >= base.number
          ? 1
          : -1;
  const limit = direction === 1 ? limits.upper : limits.lower;
  inputs.limit = target?.number != null ? null : limit;
  return {
    ...calculateQuantitativeProgress({
      direction,
      base: { year: base.year, value: base.number },
      current: { year: current.year, value: current.number },
      target: target?.number != null ? { year: target.year, value: target.number } : null,
      limit: target?.number != null ? null : limit,
    }),
    inputs,
  };
}

/**
 * How far an indicator's value is towards its target, from 0 (not at all) to 1 (target met):
 * the building block of area scores. Level-based indicators count their level's score;
 * quantitative ones the share of the way from the base value to the target (1 when the
 * target is met); indicators to maintain lose a point per 20 % of deviation. Narrative
 * indicators and quantitative ones without target are not counted (null).
 */
export function normalisedAchievement(
  indicator: ProgressIndicator,
  point: { number: number | null; levelCode: string | null },
  base: { number: number | null } | null,
): number | null {
  if (isLevelBased(indicator.valueType)) return scoreOf(indicator, point.levelCode);
  if (!isQuantitative(indicator.valueType) || point.number === null) return null;
  const target = finalTarget(indicator);
  if (target?.number == null) return null;
  const value = point.number;
  const targetValue = target.number;
  if (indicator.direction === "MAINTAIN") {
    const deviation = Math.abs(value - targetValue) / Math.max(Math.abs(targetValue), 0.001);
    return clamp(1 - deviation / MAINTAIN_TOLERANCES.limited);
  }
  const baseValue = base?.number ?? indicator.baselineNumber;
  const direction =
    indicator.direction === "DECREASE"
      ? -1
      : indicator.direction === "INCREASE"
        ? 1
        : baseValue !== null && targetValue < baseValue
          ? -1
          : 1;
  if (direction * (value - targetValue) >= 0) return 1;
  if (baseValue === null || direction * (targetValue - baseValue) <= 0) {
    // Target already met at the base: judge by the distance back to it.
    return clamp(1 - Math.abs(value - targetValue) / Math.max(Math.abs(targetValue), 0.001));
  }
  return clamp((value - baseValue) / (targetValue - baseValue));
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}
