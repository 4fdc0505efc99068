import { describe, expect, it } from "vitest";
import {
  calculateLevelProgress,
  calculateMaintainProgress,
  calculateQuantitativeProgress,
  growthRate,
  limitCoefficient,
  MAINTAIN_TOLERANCES,
  statusFromValue,
  TARGET_THRESHOLDS,
  TREND_THRESHOLDS,
  type QuantitativeInput,
} from "@/lib/progress/calculate-progress";
import { PROGRESS_STATUSES } from "@/lib/progress/progress-status";

/**
 * The Open SDG / Statistics Canada progress method (domain.md, "Progress against targets").
 * Every expected number below is worked out by hand in the comment next to it; the
 * numbers are chosen so that the growth rates come out round (1.1^2 = 1.21, 0.9^2 = 0.81...).
 */

type Point = { year: number; value: number };

function quantitative(
  direction: 1 | -1,
  base: Point,
  current: Point,
  target: Point | null = null,
  limit: number | null = null,
): QuantitativeInput {
  return { direction, base, current, target, limit };
}

describe("growthRate (CAGR)", () => {
  it("is the compound annual growth rate from the base year", () => {
    // CAGR = (121 / 100)^(1/2) - 1 = 1.1 - 1 = 0.10
    expect(growthRate(121, 100, 2022, 2020)).toBeCloseTo(0.1, 12);
    // CAGR = (81 / 100)^(1/2) - 1 = 0.9 - 1 = -0.10
    expect(growthRate(81, 100, 2022, 2020)).toBeCloseTo(-0.1, 12);
    // One year: (150 / 100)^1 - 1 = 0.5
    expect(growthRate(150, 100, 2021, 2020)).toBeCloseTo(0.5, 12);
    // No change: (100 / 100)^(1/5) - 1 = 0
    expect(growthRate(100, 100, 2025, 2020)).toBe(0);
  });

  it("is a ratio, so it does not depend on the unit", () => {
    // (1.21 / 1)^(1/2) - 1 = 0.10, the same as 121 / 100
    expect(growthRate(1.21, 1, 2022, 2020)).toBeCloseTo(0.1, 12);
  });
});

describe("limitCoefficient", () => {
  it("shrinks the thresholds as the base value approaches the limit", () => {
    // C = 1 - (96 / 100)^4.44; ln 0.96 = -0.040822, x 4.44 = -0.181250, e^-0.181250 = 0.834227
    // C = 1 - 0.834227 = 0.16577
    expect(limitCoefficient(96, 100)).toBeCloseTo(0.16577, 4);
    // C = 1 - (50 / 100)^4.44 = 1 - 1 / 2^4.44 = 1 - 1 / 21.706 = 1 - 0.046071 = 0.95393
    expect(limitCoefficient(50, 100)).toBeCloseTo(0.95393, 4);
  });

  it("is 0 at the limit and 1 far from it", () => {
    // C = 1 - (100 / 100)^4.44 = 0
    expect(limitCoefficient(100, 100)).toBe(0);
    // C = 1 - (0 / 100)^4.44 = 1
    expect(limitCoefficient(0, 100)).toBe(1);
    // Two limits or more away: no reduction.
    expect(limitCoefficient(200, 100)).toBe(1);
    expect(limitCoefficient(250, 100)).toBe(1);
    // A zero limit (a share that should fall to 0) never divides by zero: C = 1.
    expect(limitCoefficient(5, 0)).toBe(1);
  });

  it("mirrors the formula above the limit (a value that should fall towards a lower limit)", () => {
    // 104 > 100: C = 1 - ((2 x 100 - 104) / 100)^4.44 = 1 - 0.96^4.44 = 0.16577, as for 96
    expect(limitCoefficient(104, 100)).toBeCloseTo(0.16577, 4);
    // Lower limit 5, base 6: C = 1 - ((10 - 6) / 5)^4.44 = 1 - 0.8^4.44
    // ln 0.8 = -0.223144, x 4.44 = -0.990758, e^-0.990758 = 0.37129; C = 0.6287
    expect(limitCoefficient(6, 5)).toBeCloseTo(0.6287, 4);
  });

  it("uses absolute values for negative bases and limits", () => {
    // |-96| / |-100| = 0.96: C = 0.16577 as above
    expect(limitCoefficient(-96, -100)).toBeCloseTo(0.16577, 4);
  });
});

describe("statusFromValue and its boundaries", () => {
  it("has the documented thresholds", () => {
    expect(TARGET_THRESHOLDS).toEqual({ high: 0.95, medium: 0.6, low: 0 });
    expect(TREND_THRESHOLDS).toEqual({ high: 0.015, medium: 0.005, low: 0 });
  });

  it("judges a ratio to the required growth: R >= 95 % on track, 60 % <= R < 95 % acceleration, 0 <= R < 60 % limited, R < 0 deterioration", () => {
    expect(statusFromValue(1.2, TARGET_THRESHOLDS)).toBe("on_track");
    // Boundaries are inclusive on the lower side of each band.
    expect(statusFromValue(0.95, TARGET_THRESHOLDS)).toBe("on_track");
    expect(statusFromValue(0.9499999, TARGET_THRESHOLDS)).toBe("acceleration_needed");
    expect(statusFromValue(0.6, TARGET_THRESHOLDS)).toBe("acceleration_needed");
    expect(statusFromValue(0.5999999, TARGET_THRESHOLDS)).toBe("limited_progress");
    expect(statusFromValue(0, TARGET_THRESHOLDS)).toBe("limited_progress");
    expect(statusFromValue(-0.0000001, TARGET_THRESHOLDS)).toBe("deterioration");
  });

  it("judges a growth rate without target: >= 1.5 % on track, 0.5-1.5 % acceleration, 0-0.5 % limited, < 0 deterioration", () => {
    expect(statusFromValue(0.015, TREND_THRESHOLDS)).toBe("on_track");
    expect(statusFromValue(0.0149999, TREND_THRESHOLDS)).toBe("acceleration_needed");
    expect(statusFromValue(0.005, TREND_THRESHOLDS)).toBe("acceleration_needed");
    expect(statusFromValue(0.0049999, TREND_THRESHOLDS)).toBe("limited_progress");
    expect(statusFromValue(0, TREND_THRESHOLDS)).toBe("limited_progress");
    expect(statusFromValue(-0.0000001, TREND_THRESHOLDS)).toBe("deterioration");
  });

  it("never returns target_achieved or not_available (those come from the callers)", () => {
    const seen = new Set([-1, 0, 0.3, 0.7, 1, 5].map((value) => statusFromValue(value, TARGET_THRESHOLDS)));
    expect([...seen].sort()).toEqual(["acceleration_needed", "deterioration", "limited_progress", "on_track"]);
    expect(PROGRESS_STATUSES).toContain("target_achieved");
  });
});

describe("calculateQuantitativeProgress with a target, increasing indicator", () => {
  // Base 2020 = 100; target 2024 = 146.41, so CAGR_T = (146.41 / 100)^(1/4) - 1 = 1.1 - 1 = 0.10
  // (1.1^4 = 1.4641). Current values are for 2022, two years after the base.
  const base = { year: 2020, value: 100 };
  const target = { year: 2024, value: 146.41 };
  const at2022 = (value: number) => calculateQuantitativeProgress(quantitative(1, base, { year: 2022, value }, target));

  it("target achieved when the current value meets the target, whatever the growth", () => {
    // 150 >= 146.41. CAGR = (150 / 100)^(1/2) - 1 = 1.224745 - 1 = 0.224745
    const result = at2022(150);
    expect(result.status).toBe("target_achieved");
    expect(result.method).toBe("target");
    expect(result.progressValue).toBeNull();
    expect(result.observedGrowth).toBeCloseTo(0.224745, 5);
    expect(result.requiredGrowth).toBeCloseTo(0.1, 10);
    // Exactly at the target counts too: 146.41 >= 146.41.
    expect(at2022(146.41).status).toBe("target_achieved");
  });

  it("on track: CAGR = (121 / 100)^(1/2) - 1 = 0.10, R = 0.10 / 0.10 = 1.00 >= 0.95", () => {
    const result = at2022(121);
    expect(result.status).toBe("on_track");
    expect(result.observedGrowth).toBeCloseTo(0.1, 10);
    expect(result.requiredGrowth).toBeCloseTo(0.1, 10);
    expect(result.progressValue).toBeCloseTo(1, 10);
    expect(result.thresholds).toEqual(TARGET_THRESHOLDS);
    expect(result.coefficient).toBeNull();
  });

  it("acceleration needed: CAGR = (116.64 / 100)^(1/2) - 1 = 1.08 - 1 = 0.08, R = 0.08 / 0.10 = 0.80", () => {
    const result = at2022(116.64);
    expect(result.status).toBe("acceleration_needed");
    expect(result.progressValue).toBeCloseTo(0.8, 10);
  });

  it("limited progress: CAGR = (104.04 / 100)^(1/2) - 1 = 1.02 - 1 = 0.02, R = 0.02 / 0.10 = 0.20", () => {
    const result = at2022(104.04);
    expect(result.status).toBe("limited_progress");
    expect(result.progressValue).toBeCloseTo(0.2, 10);
  });

  it("limited progress when there is no change at all: CAGR = 0, R = 0 (inclusive)", () => {
    const result = at2022(100);
    expect(result.status).toBe("limited_progress");
    expect(result.progressValue).toBe(0);
  });

  it("deterioration: CAGR = (96.04 / 100)^(1/2) - 1 = 0.98 - 1 = -0.02, R = -0.02 / 0.10 = -0.20", () => {
    const result = at2022(96.04);
    expect(result.status).toBe("deterioration");
    expect(result.progressValue).toBeCloseTo(-0.2, 10);
  });

  it("not available with a reason when the current year is the base year", () => {
    const result = calculateQuantitativeProgress(quantitative(1, base, { year: 2020, value: 100 }, target));
    expect(result.status).toBe("not_available");
    expect(result.method).toBe("target");
    expect(result.reason?.english).toBe("At least two years of data from the base year are needed");
    expect(result.progressValue).toBeNull();
    expect(result.observedGrowth).toBeNull();
  });

  it("uses the ratio to the required growth over a longer horizon", () => {
    // Base 2020 = 100, target 2030 = 200: CAGR_T = 2^(1/10) - 1; ln 2 / 10 = 0.0693147, e^0.0693147 = 1.071773 -> 0.071773
    // Current 2024 = 135: CAGR = 1.35^(1/4) - 1; ln 1.35 / 4 = 0.300105 / 4 = 0.075026, e^0.075026 = 1.077912 -> 0.077912
    // R = 0.077912 / 0.071773 = 1.0855 -> on track
    const result = calculateQuantitativeProgress(quantitative(1, base, { year: 2024, value: 135 }, { year: 2030, value: 200 }));
    expect(result.requiredGrowth).toBeCloseTo(0.071773, 5);
    expect(result.observedGrowth).toBeCloseTo(0.077912, 5);
    expect(result.progressValue).toBeCloseTo(1.0855, 3);
    expect(result.status).toBe("on_track");
  });
});

describe("calculateQuantitativeProgress with a target, decreasing indicator (unemployment, %)", () => {
  // Base 2020 = 10 %; target 2024 = 6.561 %: CAGR_T = (6.561 / 10)^(1/4) - 1 = 0.9 - 1 = -0.10 (0.9^4 = 0.6561).
  // R = d x CAGR / |CAGR_T| with d = -1.
  const base = { year: 2020, value: 10 };
  const target = { year: 2024, value: 6.561 };
  const at2022 = (value: number) => calculateQuantitativeProgress(quantitative(-1, base, { year: 2022, value }, target));

  it("target achieved when the rate is at or below the target", () => {
    expect(at2022(6.5).status).toBe("target_achieved");
    expect(at2022(6.561).status).toBe("target_achieved");
  });

  it("on track: CAGR = (8.1 / 10)^(1/2) - 1 = 0.9 - 1 = -0.10, R = -1 x -0.10 / 0.10 = 1.00", () => {
    const result = at2022(8.1);
    expect(result.status).toBe("on_track");
    expect(result.observedGrowth).toBeCloseTo(-0.1, 10);
    expect(result.requiredGrowth).toBeCloseTo(-0.1, 10);
    expect(result.progressValue).toBeCloseTo(1, 10);
  });

  it("acceleration needed: CAGR = (8.464 / 10)^(1/2) - 1 = 0.92 - 1 = -0.08, R = 0.08 / 0.10 = 0.80", () => {
    const result = at2022(8.464);
    expect(result.status).toBe("acceleration_needed");
    expect(result.progressValue).toBeCloseTo(0.8, 10);
  });

  it("limited progress: CAGR = (9.604 / 10)^(1/2) - 1 = 0.98 - 1 = -0.02, R = 0.02 / 0.10 = 0.20", () => {
    const result = at2022(9.604);
    expect(result.status).toBe("limited_progress");
    expect(result.progressValue).toBeCloseTo(0.2, 10);
  });

  it("deterioration: CAGR = (10.404 / 10)^(1/2) - 1 = 1.02 - 1 = +0.02, R = -1 x 0.02 / 0.10 = -0.20", () => {
    const result = at2022(10.404);
    expect(result.status).toBe("deterioration");
    expect(result.progressValue).toBeCloseTo(-0.2, 10);
  });

  it("not available with only the base year", () => {
    const result = calculateQuantitativeProgress(quantitative(-1, base, { year: 2020, value: 9 }, target));
    expect(result.status).toBe("not_available");
    expect(result.reason?.english).toMatch(/two years/);
  });

  it("not available (not deterioration) when the current year is before the base year", () => {
    const result = calculateQuantitativeProgress(quantitative(-1, base, { year: 2019, value: 12 }, target));
    expect(result.status).toBe("not_available");
  });
});

describe("calculateQuantitativeProgress without a target (thresholds 1.5 % / 0.5 % / 0)", () => {
  const base = { year: 2020, value: 100 };
  const trend = (direction: 1 | -1, value: number) => calculateQuantitativeProgress(quantitative(direction, base, { year: 2022, value }));

  it("increasing: on track, CAGR = (104.04 / 100)^(1/2) - 1 = 0.02 >= 0.015", () => {
    const result = trend(1, 104.04);
    expect(result.status).toBe("on_track");
    expect(result.method).toBe("trend");
    expect(result.progressValue).toBeCloseTo(0.02, 10);
    expect(result.requiredGrowth).toBeNull();
    expect(result.coefficient).toBe(1);
    expect(result.thresholds).toEqual(TREND_THRESHOLDS);
  });

  it("increasing: acceleration needed, CAGR = (102.01 / 100)^(1/2) - 1 = 0.01", () => {
    const result = trend(1, 102.01);
    expect(result.status).toBe("acceleration_needed");
    expect(result.progressValue).toBeCloseTo(0.01, 10);
  });

  it("increasing: limited progress, CAGR = (100.4004 / 100)^(1/2) - 1 = 1.002 - 1 = 0.002", () => {
    const result = trend(1, 100.4004);
    expect(result.status).toBe("limited_progress");
    expect(result.progressValue).toBeCloseTo(0.002, 10);
    // No change: CAGR = 0, limited progress (0 is inclusive).
    expect(trend(1, 100).status).toBe("limited_progress");
  });

  it("increasing: deterioration, CAGR = (98.01 / 100)^(1/2) - 1 = 0.99 - 1 = -0.01", () => {
    const result = trend(1, 98.01);
    expect(result.status).toBe("deterioration");
    expect(result.progressValue).toBeCloseTo(-0.01, 10);
  });

  it("decreasing: on track, CAGR = (96.04 / 100)^(1/2) - 1 = -0.02, d x CAGR = 0.02", () => {
    const result = trend(-1, 96.04);
    expect(result.status).toBe("on_track");
    expect(result.observedGrowth).toBeCloseTo(-0.02, 10);
    expect(result.progressValue).toBeCloseTo(0.02, 10);
  });

  it("decreasing: acceleration needed, CAGR = (98.01 / 100)^(1/2) - 1 = -0.01, d x CAGR = 0.01", () => {
    expect(trend(-1, 98.01).status).toBe("acceleration_needed");
  });

  it("decreasing: limited progress, CAGR = (99.6004 / 100)^(1/2) - 1 = 0.998 - 1 = -0.002, d x CAGR = 0.002", () => {
    const result = trend(-1, 99.6004);
    expect(result.status).toBe("limited_progress");
    expect(result.progressValue).toBeCloseTo(0.002, 10);
  });

  it("decreasing: deterioration, CAGR = (102.01 / 100)^(1/2) - 1 = +0.01, d x CAGR = -0.01", () => {
    const result = trend(-1, 102.01);
    expect(result.status).toBe("deterioration");
    expect(result.progressValue).toBeCloseTo(-0.01, 10);
  });

  it("not available in both directions with a single year, and never target achieved", () => {
    for (const direction of [1, -1] as const) {
      const result = calculateQuantitativeProgress(quantitative(direction, base, base));
      expect(result.status).toBe("not_available");
      expect(result.method).toBe("trend");
      expect(result.reason?.english).toBe("At least two years of data from the base year are needed");
    }
    const statuses = [96.04, 98.01, 99.6004, 100, 102.01, 104.04, 1000].flatMap((value) => [
      trend(1, value).status,
      trend(-1, value).status,
    ]);
    expect(statuses).not.toContain("target_achieved");
  });
});

describe("a target already reached at the base year", () => {
  // Increasing indicator, base 2020 = 100, target 2030 = 90 (already met at the base).
  // CAGR_T = (90 / 100)^(1/10) - 1; ln 0.9 / 10 = -0.0105361, e^-0.0105361 = 0.989519 -> -0.010481
  const base = { year: 2020, value: 100 };
  const target = { year: 2030, value: 90 };

  it("stays target achieved while the current value still meets the target, even if it fell", () => {
    // 95 >= 90, although CAGR = (95 / 100)^(1/4) - 1 < 0.
    const result = calculateQuantitativeProgress(quantitative(1, base, { year: 2024, value: 95 }, target));
    expect(result.status).toBe("target_achieved");
    expect(result.requiredGrowth).toBeCloseTo(-0.010481, 5);
  });

  it("is deterioration once the value falls back below the target", () => {
    // CAGR = (85 / 100)^(1/4) - 1; ln 0.85 / 4 = -0.162519 / 4 = -0.040630, e^-0.040630 = 0.960185 -> -0.039815
    // R = +1 x -0.039815 / |-0.010481| = -3.799 -> deterioration
    const result = calculateQuantitativeProgress(quantitative(1, base, { year: 2024, value: 85 }, target));
    expect(result.status).toBe("deterioration");
    expect(result.observedGrowth).toBeCloseTo(-0.039815, 5);
    expect(result.progressValue).toBeCloseTo(-3.799, 2);
  });

  it("decreasing indicator: unemployment 5 % with target 8 %: achieved at 6 %, deterioration at 9 %", () => {
    const decreasingBase = { year: 2020, value: 5 };
    const decreasingTarget = { year: 2030, value: 8 };
    expect(calculateQuantitativeProgress(quantitative(-1, decreasingBase, { year: 2024, value: 6 }, decreasingTarget)).status).toBe(
      "target_achieved",
    );
    // CAGR = (9 / 5)^(1/4) - 1 = 1.8^0.25 - 1 = 0.158292; CAGR_T = (8 / 5)^(1/10) - 1 = 1.6^0.1 - 1 = 0.048122
    // R = -1 x 0.158292 / 0.048122 = -3.289 -> deterioration
    const result = calculateQuantitativeProgress(quantitative(-1, decreasingBase, { year: 2024, value: 9 }, decreasingTarget));
    expect(result.status).toBe("deterioration");
    expect(result.progressValue).toBeCloseTo(-3.289, 2);
  });

  it("a target equal to the base value: achieved while kept, deterioration (R = -Infinity) once lost", () => {
    const sameTarget = { year: 2030, value: 100 };
    expect(calculateQuantitativeProgress(quantitative(1, base, { year: 2024, value: 100 }, sameTarget)).status).toBe("target_achieved");
    // CAGR_T = (100 / 100)^(1/10) - 1 = 0: no ratio can be formed, the value fell back from the target.
    const result = calculateQuantitativeProgress(quantitative(1, base, { year: 2024, value: 99 }, sameTarget));
    expect(result.status).toBe("deterioration");
    expect(result.requiredGrowth).toBe(0);
    expect(result.progressValue).toBe(-Infinity);
  });

  it("a target year not after the base year: achieved if met, else not available", () => {
    const early = { year: 2019, value: 120 };
    const met = calculateQuantitativeProgress(quantitative(1, base, { year: 2024, value: 125 }, early));
    expect(met.status).toBe("target_achieved");
    expect(met.requiredGrowth).toBeNull();
    const missed = calculateQuantitativeProgress(quantitative(1, base, { year: 2024, value: 110 }, early));
    expect(missed.status).toBe("not_available");
    expect(missed.reason?.english).toBe("The target year is not after the base year");
  });
});

describe("a natural limit (share bounded by 100, no target)", () => {
  // Base 2020 = 96 %, upper limit 100. C = 1 - (96 / 100)^4.44 = 1 - 0.834227 = 0.16577
  // high = 0.015 x 0.16577 = 0.0024866, medium = 0.005 x 0.16577 = 0.00082887, low = 0 x C = 0
  const base = { year: 2020, value: 96 };

  it("scales the positive thresholds down by C", () => {
    const result = calculateQuantitativeProgress(quantitative(1, base, { year: 2024, value: 97 }, null, 100));
    expect(result.coefficient).toBeCloseTo(0.16577, 4);
    expect(result.thresholds!.high).toBeCloseTo(0.0024866, 6);
    expect(result.thresholds!.medium).toBeCloseTo(0.00082887, 7);
    expect(result.thresholds!.low).toBe(0);
  });

  it("the same growth is on track near the limit but only limited progress without it", () => {
    // CAGR = (97 / 96)^(1/4) - 1; 97 / 96 = 1.0104167, ln = 0.0103628, / 4 = 0.0025907, e^ - 1 = 0.0025941
    // With the limit: 0.0025941 >= 0.0024866 -> on track. Without: 0 <= 0.0025941 < 0.005 -> limited progress.
    const withLimit = calculateQuantitativeProgress(quantitative(1, base, { year: 2024, value: 97 }, null, 100));
    const withoutLimit = calculateQuantitativeProgress(quantitative(1, base, { year: 2024, value: 97 }, null, null));
    expect(withLimit.progressValue).toBeCloseTo(0.0025941, 6);
    expect(withLimit.status).toBe("on_track");
    expect(withoutLimit.status).toBe("limited_progress");
    expect(withoutLimit.coefficient).toBe(1);
  });

  it("the same growth is on track near the limit but needs acceleration without it", () => {
    // CAGR = (98 / 96)^(1/4) - 1; 98 / 96 = 1.0208333, ln = 0.0206193, / 4 = 0.0051548, e^ - 1 = 0.0051681
    // With the limit: >= 0.0024866 -> on track. Without: 0.005 <= 0.0051681 < 0.015 -> acceleration needed.
    const withLimit = calculateQuantitativeProgress(quantitative(1, base, { year: 2024, value: 98 }, null, 100));
    const withoutLimit = calculateQuantitativeProgress(quantitative(1, base, { year: 2024, value: 98 }, null, null));
    expect(withLimit.progressValue).toBeCloseTo(0.0051681, 6);
    expect(withLimit.status).toBe("on_track");
    expect(withoutLimit.status).toBe("acceleration_needed");
  });

  it("near the limit, a small gain needs acceleration and a loss is still deterioration", () => {
    // CAGR = (96.1 / 96)^(1/4) - 1; 96.1 / 96 = 1.0010417, ln = 0.0010411, / 4 = 0.00026027 -> 0.00026030
    // 0 <= 0.00026030 < 0.00082887 -> limited progress
    expect(calculateQuantitativeProgress(quantitative(1, base, { year: 2024, value: 96.1 }, null, 100)).status).toBe("limited_progress");
    // CAGR = (96.5 / 96)^(1/4) - 1; 96.5 / 96 = 1.0052083, ln = 0.0051948, / 4 = 0.0012987 -> 0.0012995
    // 0.00082887 <= 0.0012995 < 0.0024866 -> acceleration needed
    expect(calculateQuantitativeProgress(quantitative(1, base, { year: 2024, value: 96.5 }, null, 100)).status).toBe("acceleration_needed");
    // The low threshold stays 0: CAGR = (95 / 96)^(1/4) - 1 < 0 -> deterioration.
    expect(calculateQuantitativeProgress(quantitative(1, base, { year: 2024, value: 95 }, null, 100)).status).toBe("deterioration");
  });

  it("at the limit (C = 0) keeping the value is on track, losing it is deterioration", () => {
    const atLimit = { year: 2020, value: 100 };
    // C = 1 - (100 / 100)^4.44 = 0: all thresholds 0; CAGR = 0 >= 0 -> on track
    const kept = calculateQuantitativeProgress(quantitative(1, atLimit, { year: 2024, value: 100 }, null, 100));
    expect(kept.coefficient).toBe(0);
    expect(kept.status).toBe("on_track");
    expect(calculateQuantitativeProgress(quantitative(1, atLimit, { year: 2024, value: 99 }, null, 100)).status).toBe("deterioration");
  });

  it("far from the limit the thresholds hardly move", () => {
    // Base 50: C = 0.95393, high = 0.015 x 0.95393 = 0.014309, medium = 0.005 x 0.95393 = 0.0047697
    const result = calculateQuantitativeProgress(quantitative(1, { year: 2020, value: 50 }, { year: 2022, value: 51 }, null, 100));
    expect(result.thresholds!.high).toBeCloseTo(0.014309, 5);
    expect(result.thresholds!.medium).toBeCloseTo(0.0047697, 6);
    // CAGR = (51 / 50)^(1/2) - 1 = sqrt(1.02) - 1 = 0.0099504 -> acceleration needed
    expect(result.status).toBe("acceleration_needed");
  });

  it("decreasing towards a lower limit of 5 from a base of 6", () => {
    // C = 1 - ((2 x 5 - 6) / 5)^4.44 = 1 - 0.8^4.44 = 0.6287
    // high = 0.015 x 0.6287 = 0.0094306, medium = 0.005 x 0.6287 = 0.0031435
    // Current 2022 = 5.85: CAGR = (5.85 / 6)^(1/2) - 1 = sqrt(0.975) - 1 = 0.987421 - 1 = -0.012579; d x CAGR = 0.012579
    // With the limit: 0.012579 >= 0.0094306 -> on track. Without: 0.005 <= 0.012579 < 0.015 -> acceleration needed.
    const near = calculateQuantitativeProgress(quantitative(-1, { year: 2020, value: 6 }, { year: 2022, value: 5.85 }, null, 5));
    expect(near.coefficient).toBeCloseTo(0.6287, 4);
    expect(near.thresholds!.high).toBeCloseTo(0.0094306, 5);
    expect(near.thresholds!.medium).toBeCloseTo(0.0031435, 5);
    expect(near.progressValue).toBeCloseTo(0.012579, 5);
    expect(near.status).toBe("on_track");
    const free = calculateQuantitativeProgress(quantitative(-1, { year: 2020, value: 6 }, { year: 2022, value: 5.85 }, null, null));
    expect(free.status).toBe("acceleration_needed");
  });

  it("a lower limit of 0 (a share that should fall) does not reduce the thresholds", () => {
    // limitCoefficient(10, 0): |10| >= 2 x 0 -> C = 1
    const result = calculateQuantitativeProgress(quantitative(-1, { year: 2020, value: 10 }, { year: 2022, value: 9.8 }, null, 0));
    expect(result.coefficient).toBe(1);
    expect(result.thresholds).toEqual(TREND_THRESHOLDS);
  });

  it("is ignored when there is a target (as in Open SDG)", () => {
    // Same 96 -> 97 but with target 2030 = 100: CAGR_T = (100 / 96)^(1/10) - 1 = 0.0040906 (ln 1.0416667 = 0.0408220, / 10)
    // R = 0.0025941 / 0.0040906 = 0.6342 -> acceleration needed, coefficient not used.
    const result = calculateQuantitativeProgress(quantitative(1, base, { year: 2024, value: 97 }, { year: 2030, value: 100 }, 100));
    expect(result.coefficient).toBeNull();
    expect(result.thresholds).toEqual(TARGET_THRESHOLDS);
    expect(result.requiredGrowth).toBeCloseTo(0.0040906, 6);
    expect(result.progressValue).toBeCloseTo(0.6342, 3);
    expect(result.status).toBe("acceleration_needed");
  });
});

describe("negative and zero base values", () => {
  it("a negative base value flips the sign: -100 -> -81 is an increase", () => {
    // CAGR = (-81 / -100)^(1/2) - 1 = 0.9 - 1 = -0.10; sign = -1, d = +1: progress = -1 x 1 x -0.10 = +0.10 -> on track
    const result = calculateQuantitativeProgress(quantitative(1, { year: 2020, value: -100 }, { year: 2022, value: -81 }));
    expect(result.observedGrowth).toBeCloseTo(-0.1, 10);
    expect(result.progressValue).toBeCloseTo(0.1, 10);
    expect(result.status).toBe("on_track");
  });

  it("a negative base going further down is deterioration for an increasing indicator, on track for a decreasing one", () => {
    // CAGR = (-121 / -100)^(1/2) - 1 = 0.10; sign -1: increasing -> -0.10 (deterioration), decreasing -> +0.10 (on track)
    const up = calculateQuantitativeProgress(quantitative(1, { year: 2020, value: -100 }, { year: 2022, value: -121 }));
    const down = calculateQuantitativeProgress(quantitative(-1, { year: 2020, value: -100 }, { year: 2022, value: -121 }));
    expect(up.progressValue).toBeCloseTo(-0.1, 10);
    expect(up.status).toBe("deterioration");
    expect(down.progressValue).toBeCloseTo(0.1, 10);
    expect(down.status).toBe("on_track");
  });

  it("a negative base with a target of the same sign", () => {
    // Base -100, target 2024 = -65.61: CAGR_T = (0.6561)^(1/4) - 1 = 0.9 - 1 = -0.10
    // Current 2022 = -81: CAGR = -0.10; R = -1 x 1 x -0.10 / 0.10 = 1.00 -> on track
    const result = calculateQuantitativeProgress(
      quantitative(1, { year: 2020, value: -100 }, { year: 2022, value: -81 }, { year: 2024, value: -65.61 }),
    );
    expect(result.progressValue).toBeCloseTo(1, 10);
    expect(result.status).toBe("on_track");
  });

  it("not available when the base and current values have opposite signs", () => {
    const result = calculateQuantitativeProgress(quantitative(1, { year: 2020, value: -10 }, { year: 2022, value: 5 }));
    expect(result.status).toBe("not_available");
    expect(result.reason?.english).toBe("The base and current values have opposite signs");
  });

  it("not available (not deterioration) when the base and target values have opposite signs", () => {
    // Base -10 rising towards +5: (5 / -10)^(1/10) has no real value, so no ratio can be formed.
    const result = calculateQuantitativeProgress(
      quantitative(1, { year: 2020, value: -10 }, { year: 2024, value: -2 }, { year: 2030, value: 5 }),
    );
    expect(result.status).toBe("not_available");
    expect(result.reason?.english).toBe("The base and target values have opposite signs");
    // ... but reaching the target still counts.
    const reached = calculateQuantitativeProgress(
      quantitative(1, { year: 2020, value: -10 }, { year: 2024, value: -2 }, { year: 2030, value: -3 }),
    );
    expect(reached.status).toBe("target_achieved");
  });

  it("a zero base value is replaced by 0.001", () => {
    // CAGR = (0.004 / 0.001)^(1/2) - 1 = 2 - 1 = 1.00 -> on track
    const result = calculateQuantitativeProgress(quantitative(1, { year: 2020, value: 0 }, { year: 2022, value: 0.004 }));
    expect(result.observedGrowth).toBeCloseTo(1, 10);
    expect(result.status).toBe("on_track");
    // 0 -> -1 has opposite signs to the replaced base 0.001.
    expect(calculateQuantitativeProgress(quantitative(1, { year: 2020, value: 0 }, { year: 2022, value: -1 })).status).toBe(
      "not_available",
    );
  });

  it("a zero base staying at zero is read as CAGR = (0 / 0.001)^(1/2) - 1 = -1 (as Open SDG does)", () => {
    const result = calculateQuantitativeProgress(quantitative(1, { year: 2020, value: 0 }, { year: 2022, value: 0 }));
    expect(result.observedGrowth).toBe(-1);
    expect(result.status).toBe("deterioration");
  });

  it("a zero target is replaced by 0.001", () => {
    // Decreasing from 20 (2020) to a target of 0 in 2030: CAGR_T = (0.001 / 20)^(1/10) - 1
    // ln(0.00005) = -9.903488, / 10 = -0.9903488, e^ = 0.371447 -> -0.628553
    // Current 2024 = 10: CAGR = 0.5^(1/4) - 1 = 0.840896 - 1 = -0.159104
    // R = -1 x -0.159104 / 0.628553 = 0.2531 -> limited progress
    const target = { year: 2030, value: 0 };
    const result = calculateQuantitativeProgress(quantitative(-1, { year: 2020, value: 20 }, { year: 2024, value: 10 }, target));
    expect(result.requiredGrowth).toBeCloseTo(-0.628553, 5);
    expect(result.progressValue).toBeCloseTo(0.2531, 3);
    expect(result.status).toBe("limited_progress");
    // Reaching zero achieves it (compared with the real target 0, not 0.001).
    expect(calculateQuantitativeProgress(quantitative(-1, { year: 2020, value: 20 }, { year: 2024, value: 0 }, target)).status).toBe(
      "target_achieved",
    );
  });
});

describe("calculateMaintainProgress (MAINTAIN_TOLERANCES 5 % / 10 % / 20 %)", () => {
  const base = { year: 2020, value: 100 };
  const maintain = (value: number, target: { value: number } | null = null) =>
    calculateMaintainProgress({ base, current: { year: 2024, value }, target });

  it("has the documented tolerances", () => {
    expect(MAINTAIN_TOLERANCES).toEqual({ onTrack: 0.05, acceleration: 0.1, limited: 0.2 });
  });

  it("without a target, the deviation from the base value decides (boundaries inclusive)", () => {
    // |104 - 100| / 100 = 0.04 <= 0.05 -> on track
    expect(maintain(104)).toMatchObject({ status: "on_track", method: "maintain" });
    expect(maintain(104).progressValue).toBeCloseTo(0.04, 12);
    // |105 - 100| / 100 = 0.05 (inclusive) -> on track; |95 - 100| / 100 = 0.05 -> on track
    expect(maintain(105).status).toBe("on_track");
    expect(maintain(95).status).toBe("on_track");
    // 0.08 and exactly 0.10 -> acceleration needed
    expect(maintain(108).status).toBe("acceleration_needed");
    expect(maintain(110).status).toBe("acceleration_needed");
    expect(maintain(90).status).toBe("acceleration_needed");
    // 0.15 and exactly 0.20 -> limited progress
    expect(maintain(115).status).toBe("limited_progress");
    expect(maintain(120).status).toBe("limited_progress");
    // 0.25 and 0.30 (either side) -> deterioration
    expect(maintain(125).status).toBe("deterioration");
    expect(maintain(70).status).toBe("deterioration");
  });

  it("with a target, the deviation from the target decides and 'on track' becomes 'target achieved'", () => {
    const target = { value: 50 };
    // |52 - 50| / 50 = 0.04 -> target achieved
    expect(maintain(52, target).status).toBe("target_achieved");
    // |54 - 50| / 50 = 0.08 -> acceleration needed
    expect(maintain(54, target).status).toBe("acceleration_needed");
    // |58 - 50| / 50 = 0.16 -> limited progress
    expect(maintain(58, target).status).toBe("limited_progress");
    // |65 - 50| / 50 = 0.30 -> deterioration (even though 65 is closer to the base 100 than 50 is)
    expect(maintain(65, target).status).toBe("deterioration");
    // 100 (the base) is |100 - 50| / 50 = 1.0 away from the target -> deterioration
    expect(maintain(100, target).progressValue).toBe(1);
  });

  it("a zero reference divides by 0.001 instead", () => {
    // |0.0001 - 0| / 0.001 = 0.1 -> acceleration needed
    const result = calculateMaintainProgress({ base: { year: 2020, value: 0 }, current: { year: 2022, value: 0.0001 }, target: null });
    expect(result.progressValue).toBeCloseTo(0.1, 12);
    expect(result.status).toBe("acceleration_needed");
  });

  it("is not available with a single year", () => {
    const result = calculateMaintainProgress({ base, current: base, target: null });
    expect(result).toMatchObject({
      status: "not_available",
      method: "maintain",
      reason: { english: "At least two years of data from the base year are needed" },
    });
  });
});

describe("calculateLevelProgress (qualitative indicators, level scores 0-1)", () => {
  // Scale: 0, 0.25, 0.5, 0.75, 1.
  const levels = (base: number, current: number, target: { year: number; score: number } | null, currentYear = 2024) =>
    calculateLevelProgress({ base: { year: 2020, score: base }, current: { year: currentYear, score: current }, target, maxScore: 1 });
  const target = { year: 2030, score: 1 };

  it("with a target level: the pace since the base against the pace needed", () => {
    // Required pace = (1 - 0) / (2030 - 2020) = 0.10 per year.
    // 0.5 in 2024: pace = 0.5 / 4 = 0.125; R = 0.125 / 0.10 = 1.25 -> on track
    const onTrack = levels(0, 0.5, target);
    expect(onTrack.status).toBe("on_track");
    expect(onTrack.method).toBe("levels");
    expect(onTrack.observedGrowth).toBeCloseTo(0.125, 12);
    expect(onTrack.requiredGrowth).toBeCloseTo(0.1, 12);
    expect(onTrack.progressValue).toBeCloseTo(1.25, 12);
    // 0.25 in 2024: pace = 0.25 / 4 = 0.0625; R = 0.625 -> acceleration needed
    expect(levels(0, 0.25, target).progressValue).toBeCloseTo(0.625, 12);
    expect(levels(0, 0.25, target).status).toBe("acceleration_needed");
    // 0.25 in 2027: pace = 0.25 / 7 = 0.035714; R = 0.357 -> limited progress
    expect(levels(0, 0.25, target, 2027).status).toBe("limited_progress");
    // no change: R = 0 -> limited progress
    expect(levels(0, 0, target).status).toBe("limited_progress");
  });

  it("with a target level: a lower level is deterioration", () => {
    // Required pace = (1 - 0.5) / 10 = 0.05; pace = (0.25 - 0.5) / 4 = -0.0625; R = -1.25
    const result = levels(0.5, 0.25, target);
    expect(result.status).toBe("deterioration");
    expect(result.progressValue).toBeCloseTo(-1.25, 12);
  });

  it("with a target level: reaching it is target achieved", () => {
    expect(levels(0, 1, target).status).toBe("target_achieved");
    expect(levels(0.25, 0.75, { year: 2030, score: 0.75 }).status).toBe("target_achieved");
  });

  it("R exactly 0.95 is on track and exactly 0.60 needs acceleration (inclusive boundaries)", () => {
    // Base 0 (2020), target 1 in 2021: required pace = 1 / 1 = 1. Score 0.95 in 2021: pace 0.95, R = 0.95 / 1 = 0.95.
    const oneYear = { year: 2021, score: 1 };
    expect(levels(0, 0.95, oneYear, 2021)).toMatchObject({ status: "on_track", progressValue: 0.95 });
    // Score 0.6: R = 0.6 -> acceleration needed, not limited
    expect(levels(0, 0.6, oneYear, 2021)).toMatchObject({ status: "acceleration_needed", progressValue: 0.6 });
    // Score 0.59: R = 0.59 -> limited progress
    expect(levels(0, 0.59, oneYear, 2021).status).toBe("limited_progress");
  });

  it("without a target: better is on track, unchanged is limited, lower is deterioration", () => {
    const better = levels(0.25, 0.5, null);
    expect(better.status).toBe("on_track");
    // pace = (0.5 - 0.25) / 4 = 0.0625
    expect(better.progressValue).toBeCloseTo(0.0625, 12);
    expect(better.requiredGrowth).toBeNull();
    expect(levels(0.5, 0.5, null).status).toBe("limited_progress");
    expect(levels(0.5, 0.25, null).status).toBe("deterioration");
  });

  it("without a target: staying at the top level is achieved", () => {
    expect(levels(1, 1, null).status).toBe("target_achieved");
    // Falling from the top is still deterioration.
    expect(levels(1, 0.75, null).status).toBe("deterioration");
  });

  it("a target level already reached at the base: achieved while kept, deterioration when lost", () => {
    const lowTarget = { year: 2030, score: 0.5 };
    expect(levels(0.75, 0.5, lowTarget).status).toBe("target_achieved");
    expect(levels(0.75, 0.25, lowTarget).status).toBe("deterioration");
  });

  it("is not available with a single year", () => {
    expect(levels(0.5, 0.5, target, 2020)).toMatchObject({
      status: "not_available",
      method: "levels",
      reason: { english: "At least two years of data from the base year are needed" },
    });
  });
});
