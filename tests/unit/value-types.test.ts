import { describe, expect, it } from "vitest";
import type { ValueType } from "@/lib/generated/prisma/enums";
import { effectiveLimits, isLevelBased, isQuantitative, VALUE_TYPES, YES_NO_LEVELS } from "@/lib/indicators/value-types";

describe("value type classification", () => {
  it.each<[ValueType, boolean, boolean]>([
    ["NUMBER", true, false],
    ["PERCENTAGE", true, false],
    ["YES_NO", false, true],
    ["LEVELS", false, true],
    ["TEXT", false, false],
  ])("%s: quantitative %s, level-based %s", (valueType, quantitative, levelBased) => {
    expect(isQuantitative(valueType)).toBe(quantitative);
    expect(isLevelBased(valueType)).toBe(levelBased);
  });

  it("covers all five value types, none both quantitative and level-based", () => {
    expect([...VALUE_TYPES].sort()).toEqual(["LEVELS", "NUMBER", "PERCENTAGE", "TEXT", "YES_NO"]);
    for (const valueType of VALUE_TYPES) {
      expect(isQuantitative(valueType) && isLevelBased(valueType)).toBe(false);
    }
  });

  it("scores yes/no as a two-level scale from 0 to 1", () => {
    expect(YES_NO_LEVELS.map((level) => [level.code, level.score])).toEqual([
      ["no", 0],
      ["yes", 1],
    ]);
  });
});

describe("effectiveLimits", () => {
  it("bounds a percentage by 0 and 100 when it sets no limits", () => {
    expect(effectiveLimits({ valueType: "PERCENTAGE", lowerLimit: null, upperLimit: null })).toEqual({ lower: 0, upper: 100 });
  });

  it.each([
    [
      { lowerLimit: 10, upperLimit: null },
      { lower: 10, upper: 100 },
    ],
    [
      { lowerLimit: null, upperLimit: 250 },
      { lower: 0, upper: 250 },
    ],
    [
      { lowerLimit: -50, upperLimit: 50 },
      { lower: -50, upper: 50 },
    ],
  ])("lets a percentage's own limits %j override the defaults", (limits, expected) => {
    expect(effectiveLimits({ valueType: "PERCENTAGE", ...limits })).toEqual(expected);
  });

  it("keeps an explicit lower limit of 0 for a percentage", () => {
    expect(effectiveLimits({ valueType: "PERCENTAGE", lowerLimit: 0, upperLimit: 0 })).toEqual({ lower: 0, upper: 0 });
  });

  it.each<ValueType>(["NUMBER", "YES_NO", "LEVELS", "TEXT"])("adds no default limits to %s", (valueType) => {
    expect(effectiveLimits({ valueType, lowerLimit: null, upperLimit: null })).toEqual({ lower: null, upper: null });
  });

  it("passes a NUMBER indicator's limits through", () => {
    expect(effectiveLimits({ valueType: "NUMBER", lowerLimit: 0, upperLimit: 5000 })).toEqual({ lower: 0, upper: 5000 });
  });
});
