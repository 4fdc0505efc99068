import { describe, expect, it } from "vitest";
import { libTranslator } from "@/lib/i18n/lib-translator";
import type { ValueStatus, ValueType } from "@/lib/generated/prisma/enums";
import {
  findBase,
  indicatorProgressAt,
  normalisedAchievement,
  type ProgressIndicator,
  type SeriesPoint,
} from "@/lib/progress/indicator-progress";
import { progressByYear } from "@/lib/progress/progress-by-year";

/**
 * From an indicator and its yearly totals to a progress status: choice of the base, of the
 * target, of the direction and limit, and the normalised achievement used by area scores.
 * Expected numbers are worked out by hand in the comments.
 */

function indicator(overrides: Partial<ProgressIndicator> & { valueType: ValueType }): ProgressIndicator {
  return {
    id: "ind-1",
    code: "1.1",
    direction: "INCREASE",
    lowerLimit: null,
    upperLimit: null,
    baselineYear: null,
    baselineNumber: null,
    baselineLevel: null,
    levels: [],
    targets: [],
    ...overrides,
  };
}

const num = (year: number, number: number | null, status: ValueStatus = "APPROVED"): SeriesPoint => ({
  year,
  number,
  levelCode: null,
  status,
});
const lvl = (year: number, levelCode: string, status: ValueStatus = "APPROVED"): SeriesPoint => ({ year, number: null, levelCode, status });
const target = (year: number, number: number | null, isFinal = false, levelCode: string | null = null) => ({
  year,
  number,
  levelCode,
  isFinal,
});

const LEVELS = [
  { code: "none", score: 0 },
  { code: "initiated", score: 0.25 },
  { code: "advanced", score: 0.5 },
  { code: "mostly", score: 0.75 },
  { code: "completed", score: 1 },
];
const YES_NO = [
  { code: "no", score: 0 },
  { code: "yes", score: 1 },
];

describe("findBase", () => {
  const number = indicator({ valueType: "NUMBER" });

  it("takes the framework's base year when it has data", () => {
    const series = [num(2022, 130), num(2020, 100, "SUBMITTED"), num(2021, 110)];
    expect(findBase(number, series, 2021)).toEqual({ year: 2021, number: 110, levelCode: null, provisional: false });
    // A base value that is not approved makes the result provisional.
    expect(findBase(number, series, 2020)).toEqual({ year: 2020, number: 100, levelCode: null, provisional: true });
  });

  it("falls back to the indicator's baseline when it is of the base year and that year has no data", () => {
    const withBaseline = indicator({ valueType: "NUMBER", baselineYear: 2019, baselineNumber: 95 });
    expect(findBase(withBaseline, [num(2021, 110)], 2019)).toEqual({ year: 2019, number: 95, levelCode: null, provisional: false });
    // Without a framework base year the indicator's baseline year is wanted.
    expect(findBase(withBaseline, [num(2021, 110)], null)).toEqual({ year: 2019, number: 95, levelCode: null, provisional: false });
    // Data of the base year wins over the stored baseline.
    expect(findBase(withBaseline, [num(2019, 96), num(2021, 110)], null)?.number).toBe(96);
    // A level baseline.
    const levelBaseline = indicator({ valueType: "LEVELS", levels: LEVELS, baselineYear: 2019, baselineLevel: "initiated" });
    expect(findBase(levelBaseline, [lvl(2021, "advanced")], 2019)).toEqual({
      year: 2019,
      number: null,
      levelCode: "initiated",
      provisional: false,
    });
  });

  it("otherwise takes the next year that has data (as Open SDG does)", () => {
    // Framework base 2015, data from 2018; the baseline of another year is not used.
    const otherBaseline = indicator({ valueType: "NUMBER", baselineYear: 2010, baselineNumber: 50 });
    expect(findBase(otherBaseline, [num(2019, 120), num(2018, 100, "DRAFT")], 2015)).toEqual({
      year: 2018,
      number: 100,
      levelCode: null,
      provisional: true,
    });
  });

  it("without a base year anywhere, takes the first year of data", () => {
    expect(findBase(number, [num(2023, 3), num(2021, 1), num(2022, 2)], null)?.year).toBe(2021);
  });

  it("is null when nothing is at or after the base year", () => {
    expect(findBase(number, [], null)).toBeNull();
    expect(findBase(number, [num(2018, 1), num(2019, 2)], 2020)).toBeNull();
  });
});

describe("indicatorProgressAt: missing data", () => {
  const increasing = indicator({ valueType: "NUMBER" });

  it("not available when the year has no value", () => {
    const result = indicatorProgressAt(increasing, [num(2020, 100), num(2022, 121)], 2021, null);
    expect(result).toMatchObject({ status: "not_available", method: "none", reason: { english: "No value for 2021" } });
    expect(result.inputs.currentYear).toBeNull();
  });

  it("says why in the reader's language too: the reason's key and values are kept (decision 035)", async () => {
    const missing = indicatorProgressAt(increasing, [num(2020, 100), num(2022, 121)], 2021, null);
    const oneYear = indicatorProgressAt(increasing, [num(2020, 100)], 2020, null);
    const [ro, ru] = await Promise.all([libTranslator("ro"), libTranslator("ru")]);
    expect(missing.reason).toMatchObject({ key: "progressReasons.noValueFor", values: { year: "2021" } });
    expect(ro.text(missing.reason!)).toBe("Nicio valoare pentru 2021");
    expect(ru.text(oneYear.reason!)).toBe("Нужны данные как минимум за два года начиная с базового года");
  });

  it("not available with only one year of data (current year = base year)", () => {
    const result = indicatorProgressAt(increasing, [num(2020, 100)], 2020, null);
    expect(result.status).toBe("not_available");
    expect(result.reason?.english).toBe("At least two years of data from the base year are needed");
    expect(result.inputs).toMatchObject({ baseYear: 2020, currentYear: 2020 });
  });

  it("ignores values after the year asked: 2021 is the base when only 2021 and later exist", () => {
    // Series 2021 = 100, 2023 = 121; at 2021 only 2021 counts -> one year -> not available.
    const series = [num(2021, 100), num(2023, 121)];
    expect(indicatorProgressAt(increasing, series, 2021, null).status).toBe("not_available");
    // At 2023: CAGR = (121 / 100)^(1/2) - 1 = 0.10 >= 0.015 -> on track.
    const later = indicatorProgressAt(increasing, series, 2023, null);
    expect(later.status).toBe("on_track");
    expect(later.observedGrowth).toBeCloseTo(0.1, 10);
  });

  it("not available when there is no value at or after the base year", () => {
    // Framework base year 2023, asked for 2022: nothing in 2023 or later is counted yet.
    const result = indicatorProgressAt(increasing, [num(2020, 100), num(2022, 121)], 2022, 2023);
    expect(result).toMatchObject({ status: "not_available", method: "none", reason: { english: "No value at or after the base year" } });
  });

  it("not available when a value has no number", () => {
    const result = indicatorProgressAt(increasing, [num(2020, null), num(2022, 121)], 2022, null);
    expect(result).toMatchObject({ status: "not_available", reason: { english: "A value is missing" } });
  });

  it("narrative indicators have no status", () => {
    const text = indicator({ valueType: "TEXT", direction: null });
    const series: SeriesPoint[] = [
      { year: 2020, number: null, levelCode: null, status: "APPROVED" },
      { year: 2022, number: null, levelCode: null, status: "APPROVED" },
    ];
    expect(indicatorProgressAt(text, series, 2022, null)).toMatchObject({
      status: "not_available",
      reason: { english: "Narrative indicators have no progress status" },
    });
  });

  it("a quantity with neither a direction nor a target has no status", () => {
    const undirected = indicator({ valueType: "NUMBER", direction: null });
    expect(indicatorProgressAt(undirected, [num(2020, 100), num(2022, 121)], 2022, null)).toMatchObject({
      status: "not_available",
      reason: { english: "The indicator has neither a desired direction nor a target" },
    });
  });
});

describe("indicatorProgressAt: quantitative indicators", () => {
  it("a percentage gets the natural limit 100 when it has no target", () => {
    // Base 2020 = 96 %, 2024 = 97 %: C = 1 - 0.96^4.44 = 0.16577, high = 0.015 x C = 0.0024866
    // CAGR = (97 / 96)^(1/4) - 1 = 0.0025941 >= 0.0024866 -> on track
    const share = indicator({ valueType: "PERCENTAGE" });
    const result = indicatorProgressAt(share, [num(2020, 96), num(2024, 97)], 2024, 2020);
    expect(result.status).toBe("on_track");
    expect(result.coefficient).toBeCloseTo(0.16577, 4);
    expect(result.inputs).toEqual({
      baseYear: 2020,
      baseValue: 96,
      currentYear: 2024,
      currentValue: 97,
      target: null,
      direction: "INCREASE",
      limit: 100,
      provisional: false,
    });
    // The same numbers as a plain NUMBER have no limit: 0.0025941 < 0.005 -> limited progress.
    const plain = indicatorProgressAt(indicator({ valueType: "NUMBER" }), [num(2020, 96), num(2024, 97)], 2024, 2020);
    expect(plain.status).toBe("limited_progress");
    expect(plain.inputs.limit).toBeNull();
  });

  it("a decreasing percentage uses the lower limit (0 by default: no reduction)", () => {
    const falling = indicator({ valueType: "PERCENTAGE", direction: "DECREASE" });
    const result = indicatorProgressAt(falling, [num(2020, 10), num(2022, 9.604)], 2022, null);
    // CAGR = (9.604 / 10)^(1/2) - 1 = -0.02; d x CAGR = 0.02 -> on track, C = 1
    expect(result.inputs.limit).toBe(0);
    expect(result.coefficient).toBe(1);
    expect(result.status).toBe("on_track");
  });

  it("a custom upper limit replaces 100", () => {
    const capped = indicator({ valueType: "PERCENTAGE", upperLimit: 50 });
    // Base 48 of limit 50: C = 1 - 0.96^4.44 = 0.16577
    const result = indicatorProgressAt(capped, [num(2020, 48), num(2022, 49)], 2022, null);
    expect(result.inputs.limit).toBe(50);
    expect(result.coefficient).toBeCloseTo(0.16577, 4);
  });

  it("uses the final target, not an interim one (unemployment falling)", () => {
    // Base 2020 = 10 %, interim target 2025 = 8 %, final target 2030 = 5 %, 2024 = 8 %.
    // CAGR = (8 / 10)^(1/4) - 1; ln 0.8 / 4 = -0.0557859, e^ = 0.945742 -> -0.054258
    // CAGR_T = (5 / 10)^(1/10) - 1; ln 0.5 / 10 = -0.0693147, e^ = 0.933033 -> -0.066967
    // R = -1 x -0.054258 / 0.066967 = 0.8102 -> acceleration needed (the interim 8 % would say achieved)
    const unemployment = indicator({ valueType: "PERCENTAGE", direction: "DECREASE", targets: [target(2025, 8), target(2030, 5, true)] });
    const result = indicatorProgressAt(unemployment, [num(2020, 10), num(2024, 8)], 2024, 2020);
    expect(result.status).toBe("acceleration_needed");
    expect(result.progressValue).toBeCloseTo(0.8102, 3);
    expect(result.inputs.target).toEqual({ year: 2030, value: 5 });
    // With a target, no limit is used.
    expect(result.inputs.limit).toBeNull();
    expect(result.coefficient).toBeNull();
  });

  it("without a final flag, the latest target counts", () => {
    const unemployment = indicator({ valueType: "NUMBER", direction: "DECREASE", targets: [target(2030, 5), target(2025, 8)] });
    const result = indicatorProgressAt(unemployment, [num(2020, 10), num(2024, 8)], 2024, 2020);
    expect(result.inputs.target).toEqual({ year: 2030, value: 5 });
    expect(result.status).toBe("acceleration_needed");
  });

  it("without a direction, the target says which way is better", () => {
    // Target 200 above the base 100 -> increasing. 2020 -> 2022 = 121: CAGR 0.10.
    // CAGR_T = (200 / 100)^(1/10) - 1 = 0.071773; R = 0.10 / 0.071773 = 1.3933 -> on track
    const up = indicator({ valueType: "NUMBER", direction: null, targets: [target(2030, 200, true)] });
    const upResult = indicatorProgressAt(up, [num(2020, 100), num(2022, 121)], 2022, null);
    expect(upResult.progressValue).toBeCloseTo(1.3933, 3);
    expect(upResult.status).toBe("on_track");
    // Target 50 below the base -> decreasing; the same rise to 121 is deterioration.
    const down = indicator({ valueType: "NUMBER", direction: null, targets: [target(2030, 50, true)] });
    expect(indicatorProgressAt(down, [num(2020, 100), num(2022, 121)], 2022, null).status).toBe("deterioration");
  });

  it("takes the indicator's baseline as base when the base year has no data", () => {
    // Baseline 2019 = 100, value 2021 = 121: CAGR = (121 / 100)^(1/2) - 1 = 0.10 -> on track
    const withBaseline = indicator({ valueType: "NUMBER", baselineYear: 2019, baselineNumber: 100 });
    const result = indicatorProgressAt(withBaseline, [num(2021, 121)], 2021, null);
    expect(result.status).toBe("on_track");
    expect(result.inputs).toMatchObject({ baseYear: 2019, baseValue: 100, provisional: false });
  });

  it("is provisional when the current or the base value is not approved", () => {
    const increasing = indicator({ valueType: "NUMBER" });
    expect(indicatorProgressAt(increasing, [num(2020, 100), num(2022, 121, "SUBMITTED")], 2022, null).inputs.provisional).toBe(true);
    expect(indicatorProgressAt(increasing, [num(2020, 100, "DRAFT"), num(2022, 121)], 2022, null).inputs.provisional).toBe(true);
    expect(indicatorProgressAt(increasing, [num(2020, 100), num(2022, 121)], 2022, null).inputs.provisional).toBe(false);
  });

  it("maintain-direction indicators use the maintain tolerances against the final target", () => {
    // Target 50: |52 - 50| / 50 = 0.04 <= 0.05 -> target achieved; |58 - 50| / 50 = 0.16 -> limited progress
    const stable = indicator({ valueType: "NUMBER", direction: "MAINTAIN", targets: [target(2030, 50, true)] });
    expect(indicatorProgressAt(stable, [num(2020, 50), num(2024, 52)], 2024, null)).toMatchObject({
      status: "target_achieved",
      method: "maintain",
    });
    expect(indicatorProgressAt(stable, [num(2020, 50), num(2024, 58)], 2024, null).status).toBe("limited_progress");
    // Without a target the base value is the reference: |108 - 100| / 100 = 0.08 -> acceleration needed
    const noTarget = indicator({ valueType: "NUMBER", direction: "MAINTAIN" });
    expect(indicatorProgressAt(noTarget, [num(2020, 100), num(2024, 108)], 2024, null)).toMatchObject({
      status: "acceleration_needed",
      method: "maintain",
    });
  });
});

describe("indicatorProgressAt: level-based indicators", () => {
  it("progresses through level scores towards the target level", () => {
    // none (0) in 2020, target completed (1) in 2030: required pace 0.1 a year.
    // advanced (0.5) in 2024: pace 0.5 / 4 = 0.125, R = 1.25 -> on track
    const levels = indicator({ valueType: "LEVELS", direction: null, levels: LEVELS, targets: [target(2030, null, true, "completed")] });
    const result = indicatorProgressAt(levels, [lvl(2020, "none"), lvl(2024, "advanced")], 2024, null);
    expect(result).toMatchObject({ status: "on_track", method: "levels" });
    expect(result.progressValue).toBeCloseTo(1.25, 12);
    expect(result.inputs).toMatchObject({ baseValue: "none", currentValue: "advanced", target: { year: 2030, value: "completed" } });
    // initiated (0.25) in 2024: pace 0.0625, R = 0.625 -> acceleration needed
    expect(indicatorProgressAt(levels, [lvl(2020, "none"), lvl(2024, "initiated")], 2024, null).status).toBe("acceleration_needed");
    expect(indicatorProgressAt(levels, [lvl(2020, "none"), lvl(2024, "completed")], 2024, null).status).toBe("target_achieved");
  });

  it("without a target level: up is on track, down is deterioration, staying at the top is achieved", () => {
    const levels = indicator({ valueType: "LEVELS", direction: null, levels: LEVELS });
    expect(indicatorProgressAt(levels, [lvl(2020, "initiated"), lvl(2022, "advanced")], 2022, null).status).toBe("on_track");
    expect(indicatorProgressAt(levels, [lvl(2020, "advanced"), lvl(2022, "initiated")], 2022, null).status).toBe("deterioration");
    expect(indicatorProgressAt(levels, [lvl(2020, "advanced"), lvl(2022, "advanced")], 2022, null).status).toBe("limited_progress");
    expect(indicatorProgressAt(levels, [lvl(2020, "completed"), lvl(2022, "completed")], 2022, null).status).toBe("target_achieved");
  });

  it("yes/no indicators are a two-level scale", () => {
    const law = indicator({ valueType: "YES_NO", direction: null, levels: YES_NO });
    expect(indicatorProgressAt(law, [lvl(2020, "no"), lvl(2022, "yes")], 2022, null).status).toBe("on_track");
    expect(indicatorProgressAt(law, [lvl(2020, "yes"), lvl(2022, "no")], 2022, null).status).toBe("deterioration");
    const withTarget = indicator({ valueType: "YES_NO", direction: null, levels: YES_NO, targets: [target(2025, null, true, "yes")] });
    expect(indicatorProgressAt(withTarget, [lvl(2020, "no"), lvl(2022, "yes")], 2022, null).status).toBe("target_achieved");
  });

  it("not available for a level that is not on the scale", () => {
    const levels = indicator({ valueType: "LEVELS", direction: null, levels: LEVELS });
    expect(indicatorProgressAt(levels, [lvl(2020, "none"), lvl(2022, "unknown")], 2022, null)).toMatchObject({
      status: "not_available",
      reason: { english: "A level is not on the indicator's scale" },
    });
  });
});

describe("normalisedAchievement", () => {
  it("level-based: the level's score", () => {
    const levels = indicator({ valueType: "LEVELS", levels: LEVELS });
    expect(normalisedAchievement(levels, { number: null, levelCode: "mostly" }, null)).toBe(0.75);
    expect(normalisedAchievement(levels, { number: null, levelCode: "unknown" }, null)).toBeNull();
  });

  it("not counted: narrative, no target, or no number", () => {
    expect(normalisedAchievement(indicator({ valueType: "TEXT" }), { number: null, levelCode: null }, null)).toBeNull();
    expect(normalisedAchievement(indicator({ valueType: "NUMBER" }), { number: 50, levelCode: null }, { number: 20 })).toBeNull();
    const withTarget = indicator({ valueType: "NUMBER", targets: [target(2030, 60, true)] });
    expect(normalisedAchievement(withTarget, { number: null, levelCode: null }, { number: 20 })).toBeNull();
    // A target without a number does not count either.
    expect(
      normalisedAchievement(
        indicator({ valueType: "NUMBER", targets: [target(2030, null, true)] }),
        { number: 50, levelCode: null },
        { number: 20 },
      ),
    ).toBeNull();
  });

  it("increasing: the share of the way from the base to the target, clamped to 0-1", () => {
    const increasing = indicator({ valueType: "NUMBER", targets: [target(2030, 60, true)] });
    // (50 - 20) / (60 - 20) = 30 / 40 = 0.75
    expect(normalisedAchievement(increasing, { number: 50, levelCode: null }, { number: 20 })).toBeCloseTo(0.75, 12);
    // 70 >= 60: met -> 1
    expect(normalisedAchievement(increasing, { number: 70, levelCode: null }, { number: 20 })).toBe(1);
    // (10 - 20) / 40 = -0.25 -> 0
    expect(normalisedAchievement(increasing, { number: 10, levelCode: null }, { number: 20 })).toBe(0);
  });

  it("decreasing: (8 - 10) / (5 - 10) = 0.4", () => {
    const decreasing = indicator({ valueType: "PERCENTAGE", direction: "DECREASE", targets: [target(2030, 5, true)] });
    expect(normalisedAchievement(decreasing, { number: 8, levelCode: null }, { number: 10 })).toBeCloseTo(0.4, 12);
    expect(normalisedAchievement(decreasing, { number: 4, levelCode: null }, { number: 10 })).toBe(1);
  });

  it("without a direction, a target below the base means decreasing", () => {
    const undirected = indicator({ valueType: "NUMBER", direction: null, targets: [target(2030, 5, true)] });
    // (8 - 10) / (5 - 10) = 0.4
    expect(normalisedAchievement(undirected, { number: 8, levelCode: null }, { number: 10 })).toBeCloseTo(0.4, 12);
  });

  it("falls back to the stored baseline, else to the distance to the target", () => {
    const withBaseline = indicator({ valueType: "NUMBER", baselineNumber: 20, targets: [target(2030, 60, true)] });
    // (50 - 20) / (60 - 20) = 0.75
    expect(normalisedAchievement(withBaseline, { number: 50, levelCode: null }, null)).toBeCloseTo(0.75, 12);
    const noBase = indicator({ valueType: "NUMBER", targets: [target(2030, 60, true)] });
    // 1 - |45 - 60| / 60 = 1 - 0.25 = 0.75
    expect(normalisedAchievement(noBase, { number: 45, levelCode: null }, null)).toBeCloseTo(0.75, 12);
  });

  it("a target already met at the base: judged by the distance back to it", () => {
    const alreadyMet = indicator({ valueType: "NUMBER", targets: [target(2030, 90, true)] });
    // Base 100, target 90 (increasing): 95 still meets it -> 1; 81 -> 1 - |81 - 90| / 90 = 1 - 0.1 = 0.9
    expect(normalisedAchievement(alreadyMet, { number: 95, levelCode: null }, { number: 100 })).toBe(1);
    expect(normalisedAchievement(alreadyMet, { number: 81, levelCode: null }, { number: 100 })).toBeCloseTo(0.9, 12);
  });

  it("maintain: one point lost per 20 % of deviation from the target", () => {
    const stable = indicator({ valueType: "NUMBER", direction: "MAINTAIN", targets: [target(2030, 50, true)] });
    // 1 - (|52.5 - 50| / 50) / 0.2 = 1 - 0.05 / 0.2 = 0.75
    expect(normalisedAchievement(stable, { number: 52.5, levelCode: null }, { number: 50 })).toBeCloseTo(0.75, 12);
    expect(normalisedAchievement(stable, { number: 50, levelCode: null }, { number: 50 })).toBe(1);
    // 1 - (|40 - 50| / 50) / 0.2 = 1 - 0.2 / 0.2 = 0; 30 -> 1 - 2 = -1 -> 0
    expect(normalisedAchievement(stable, { number: 40, levelCode: null }, { number: 50 })).toBeCloseTo(0, 12);
    expect(normalisedAchievement(stable, { number: 30, levelCode: null }, { number: 50 })).toBe(0);
  });
});

describe("progressByYear", () => {
  const increasing = indicator({ valueType: "NUMBER" });
  const values = [
    { year: 2022, disaggregation: "", number: 121, levelCode: null, status: "APPROVED" as const },
    { year: 2020, disaggregation: "", number: 100, levelCode: null, status: "APPROVED" as const },
    { year: 2021, disaggregation: "", number: 100.2, levelCode: null, status: "APPROVED" as const },
    // Disaggregated rows never count.
    { year: 2023, disaggregation: "sex=F", number: 500, levelCode: null, status: "APPROVED" as const },
    // Not approved: counted only when provisional values are asked for.
    { year: 2024, disaggregation: "", number: 90, levelCode: null, status: "SUBMITTED" as const },
  ];

  it("gives a status for each year with an approved total", () => {
    const rows = progressByYear(increasing, values, null, false);
    expect(rows.map((row) => row.year)).toEqual([2020, 2021, 2022]);
    // 2020 is the base: not available. 2021: CAGR = 100.2 / 100 - 1 = 0.002 -> limited progress.
    // 2022: CAGR = (121 / 100)^(1/2) - 1 = 0.10 -> on track.
    expect(rows.map((row) => row.progress.status)).toEqual(["not_available", "limited_progress", "on_track"]);
    expect(rows[1]!.progress.observedGrowth).toBeCloseTo(0.002, 10);
  });

  it("with provisional values, adds them and marks them", () => {
    const rows = progressByYear(increasing, values, null, true);
    expect(rows.map((row) => row.year)).toEqual([2020, 2021, 2022, 2024]);
    const last = rows.at(-1)!.progress;
    // 2024: CAGR = (90 / 100)^(1/4) - 1 = 0.974004 - 1 = -0.025996 -> deterioration
    expect(last.status).toBe("deterioration");
    expect(last.observedGrowth).toBeCloseTo(-0.025996, 5);
    expect(last.inputs.provisional).toBe(true);
    expect(rows[2]!.progress.inputs.provisional).toBe(false);
  });

  it("uses the framework base year it is given", () => {
    // Base 2021 = 100.2; 2022: CAGR = 121 / 100.2 - 1 = 0.207585 -> on track; 2020 is before the base.
    const rows = progressByYear(increasing, values, 2021, false);
    expect(rows[0]!.progress.status).toBe("not_available");
    expect(rows[2]!.progress.inputs.baseYear).toBe(2021);
    expect(rows[2]!.progress.observedGrowth).toBeCloseTo(0.207585, 5);
  });

  it("is empty without totals", () => {
    expect(progressByYear(increasing, [], null, true)).toEqual([]);
  });
});
