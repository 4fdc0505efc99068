import { libText, type LibText } from "@/lib/i18n/lib-text";
import type { ProgressStatus } from "./progress-status";

/**
 * The progress method of Open SDG / Statistics Canada (domain.md; open-sdg/sdg-build
 * ProgressMeasure), as pure functions.
 *
 * Growth is the compound annual growth rate from the base year t0 (value y0) to the
 * current year ti (value yi): CAGR = (yi / y0)^(1 / (ti - t0)) - 1.
 * - With a target yT in year tT: ratio R = sign * d * CAGR / |CAGR_T|, where CAGR_T is the
 *   growth needed to reach the target on time; R >= 95 % on track, 60-95 % acceleration
 *   needed, 0-60 % limited progress, below 0 deterioration. A current value that meets the
 *   target is "target achieved" whatever the growth.
 * - Without a target: sign * d * CAGR against 1.5 %, 0.5 % and 0. Near a natural limit L the
 *   positive thresholds shrink by C = 1 - (y0 / L)^4.44 (or 1 - ((2L - y0) / L)^4.44 above it),
 *   since growth must slow down as a share approaches 100 %.
 * d is +1 when higher is better, -1 when lower is better; sign is -1 for a negative base value.
 */

export type QuantitativeInput = {
  direction: 1 | -1;
  base: { year: number; value: number };
  current: { year: number; value: number };
  target: { year: number; value: number } | null;
  /** The natural limit in the desired direction (100 for a share that should rise), if any. */
  limit: number | null;
};

export type ProgressThresholds = { high: number; medium: number; low: number };

export type ProgressResult = {
  status: ProgressStatus;
  method: "target" | "trend" | "maintain" | "levels" | "none";
  /** The observed growth, or the ratio to the required growth, that the thresholds judged. */
  progressValue: number | null;
  observedGrowth: number | null;
  requiredGrowth: number | null;
  thresholds: ProgressThresholds | null;
  /** The limit coefficient C applied to the thresholds (1: no reduction). */
  coefficient: number | null;
  /** Why the status is not available, worded in the reader's language where it is shown (decision 035). */
  reason?: LibText;
};

export const TARGET_THRESHOLDS: ProgressThresholds = { high: 0.95, medium: 0.6, low: 0 };
export const TREND_THRESHOLDS: ProgressThresholds = { high: 0.015, medium: 0.005, low: 0 };
const LIMIT_EXPONENT = 4.44;
/** The method cannot divide by a zero base value or target: like Open SDG, use 0.001 instead. */
const ZERO_REPLACEMENT = 0.001;

export function growthRate(current: number, base: number, currentYear: number, baseYear: number): number {
  return (current / base) ** (1 / (currentYear - baseYear)) - 1;
}

/** C in [0, 1]: how much the positive thresholds shrink for a base value near a natural limit. */
export function limitCoefficient(base: number, limit: number): number {
  const value = Math.abs(base);
  const bound = Math.abs(limit);
  if (value >= 2 * bound) return 1;
  if (value <= bound) return 1 - (value / bound) ** LIMIT_EXPONENT;
  return 1 - ((2 * bound - value) / bound) ** LIMIT_EXPONENT;
}

export function statusFromValue(value: number, thresholds: ProgressThresholds): ProgressStatus {
  if (value >= thresholds.high) return "on_track";
  if (value >= thresholds.medium) return "acceleration_needed";
  if (value >= thresholds.low) return "limited_progress";
  return "deterioration";
}

const notAvailable = (method: ProgressResult["method"], reason: LibText): ProgressResult => ({
  status: "not_available",
  method,
  progressValue: null,
  observedGrowth: null,
  requiredGrowth: null,
  thresholds: null,
  coefficient: null,
  reason,
});

export function calculateQuantitativeProgress(input: QuantitativeInput): ProgressResult {
  const { direction, current, target } = input;
  const method = target ? "target" : "trend";
  if (current.year <= input.base.year) return notAvailable(method, libText("progressReasons.tooFewYears"));
  const base = input.base.value === 0 ? ZERO_REPLACEMENT : input.base.value;
  if ((base > 0 && current.value < 0) || (base < 0 && current.value > 0)) {
    return notAvailable(method, libText("progressReasons.currentOppositeSign"));
  }
  const sign = base < 0 ? -1 : 1;
  const observedGrowth = growthRate(current.value, base, current.year, input.base.year);

  if (target) {
    const achieved = direction === 1 ? current.value >= target.value : current.value <= target.value;
    const targetValue = target.value === 0 ? ZERO_REPLACEMENT : target.value;
    const requiredGrowth = target.year > input.base.year ? growthRate(targetValue, base, target.year, input.base.year) : null;
    if (achieved) {
      return {
        status: "target_achieved",
        method,
        progressValue: null,
        observedGrowth,
        requiredGrowth,
        thresholds: TARGET_THRESHOLDS,
        coefficient: null,
      };
    }
    if (requiredGrowth === null) return notAvailable(method, libText("progressReasons.targetNotAfterBase"));
    // (yT / y0)^(1/n) has no real value (NaN) when they have opposite signs: no ratio can be formed.
    if ((base > 0 && targetValue < 0) || (base < 0 && targetValue > 0))
      return notAvailable(method, libText("progressReasons.targetOppositeSign"));
    if (requiredGrowth === 0) {
      // The target equals the base value: it was met at the base year and is not met now.
      return {
        status: "deterioration",
        method,
        progressValue: -Infinity,
        observedGrowth,
        requiredGrowth,
        thresholds: TARGET_THRESHOLDS,
        coefficient: null,
      };
    }
    const progressValue = (sign * direction * observedGrowth) / Math.abs(requiredGrowth);
    return {
      status: statusFromValue(progressValue, TARGET_THRESHOLDS),
      method,
      progressValue,
      observedGrowth,
      requiredGrowth,
      thresholds: TARGET_THRESHOLDS,
      coefficient: null,
    };
  }

  const coefficient = input.limit === null ? 1 : limitCoefficient(input.base.value, input.limit);
  const thresholds: ProgressThresholds = {
    high: TREND_THRESHOLDS.high * coefficient,
    medium: TREND_THRESHOLDS.medium * coefficient,
    low: TREND_THRESHOLDS.low * coefficient,
  };
  const progressValue = sign * direction * observedGrowth;
  return {
    status: statusFromValue(progressValue, thresholds),
    method,
    progressValue,
    observedGrowth,
    requiredGrowth: null,
    thresholds,
    coefficient,
  };
}

/**
 * Indicators whose desired direction is to stay put (our extension of the method): the
 * deviation from the reference (the target, else the base value) decides. Within 5 % the
 * value is on track (the target is achieved when there is one); within 10 % progress needs
 * acceleration back; within 20 % progress is limited; beyond, it has deteriorated.
 */
export const MAINTAIN_TOLERANCES = { onTrack: 0.05, acceleration: 0.1, limited: 0.2 } as const;

export function calculateMaintainProgress(input: {
  base: { year: number; value: number };
  current: { year: number; value: number };
  target: { value: number } | null;
}): ProgressResult {
  if (input.current.year <= input.base.year) return notAvailable("maintain", libText("progressReasons.tooFewYears"));
  const reference = input.target?.value ?? input.base.value;
  const deviation = Math.abs(input.current.value - reference) / Math.max(Math.abs(reference), ZERO_REPLACEMENT);
  const status: ProgressStatus =
    deviation <= MAINTAIN_TOLERANCES.onTrack
      ? input.target
        ? "target_achieved"
        : "on_track"
      : deviation <= MAINTAIN_TOLERANCES.acceleration
        ? "acceleration_needed"
        : deviation <= MAINTAIN_TOLERANCES.limited
          ? "limited_progress"
          : "deterioration";
  return {
    status,
    method: "maintain",
    progressValue: deviation,
    observedGrowth: null,
    requiredGrowth: null,
    thresholds: null,
    coefficient: null,
  };
}

/**
 * Qualitative indicators progress through their level scores (0 to 1), linearly: the pace
 * of improvement since the base year is compared with the pace needed to reach the target
 * level on time, with the same thresholds as quantitative targets. Without a target level,
 * any improvement is on track, no change is limited progress (unless already at the top
 * level: achieved), a lower level is deterioration.
 */
export function calculateLevelProgress(input: {
  base: { year: number; score: number };
  current: { year: number; score: number };
  target: { year: number; score: number } | null;
  maxScore: number;
}): ProgressResult {
  const { base, current, target } = input;
  if (current.year <= base.year) return notAvailable("levels", libText("progressReasons.tooFewYears"));
  if (target && current.score >= target.score) {
    return {
      status: "target_achieved",
      method: "levels",
      progressValue: null,
      observedGrowth: null,
      requiredGrowth: null,
      thresholds: TARGET_THRESHOLDS,
      coefficient: null,
    };
  }
  const observedPace = (current.score - base.score) / (current.year - base.year);
  if (target && target.year > base.year && target.score > base.score) {
    const requiredPace = (target.score - base.score) / (target.year - base.year);
    const progressValue = observedPace / requiredPace;
    return {
      status: statusFromValue(progressValue, TARGET_THRESHOLDS),
      method: "levels",
      progressValue,
      observedGrowth: observedPace,
      requiredGrowth: requiredPace,
      thresholds: TARGET_THRESHOLDS,
      coefficient: null,
    };
  }
  const status: ProgressStatus =
    current.score < base.score
      ? "deterioration"
      : current.score > base.score
        ? "on_track"
        : current.score >= input.maxScore
          ? "target_achieved"
          : "limited_progress";
  return {
    status,
    method: "levels",
    progressValue: observedPace,
    observedGrowth: observedPace,
    requiredGrowth: null,
    thresholds: null,
    coefficient: null,
  };
}
