import { describe, expect, it } from "vitest";
import type { ValueType } from "@/lib/generated/prisma/enums";
import {
  formatBaseline,
  formatIndicatorValue,
  formatNumber,
  formatTarget,
  levelLabel,
  pickFinalTarget,
} from "@/lib/indicators/format-value";

type Indicator = {
  valueType: ValueType;
  unit: string | null;
  decimals: number | null;
  levels: { code: string; label: string }[];
};

const LEVELS = [
  { code: "absent", label: "Absent" },
  { code: "partial", label: "Partially present" },
  { code: "full", label: "Fully present" },
];

const numberIndicator: Indicator = { valueType: "NUMBER", unit: "persons", decimals: 0, levels: [] };
const percentageIndicator: Indicator = { valueType: "PERCENTAGE", unit: null, decimals: 1, levels: [] };
const levelIndicator: Indicator = { valueType: "LEVELS", unit: null, decimals: null, levels: LEVELS };
const yesNoIndicator: Indicator = {
  valueType: "YES_NO",
  unit: null,
  decimals: null,
  levels: [
    { code: "no", label: "No" },
    { code: "yes", label: "Yes" },
  ],
};
const textIndicator: Indicator = { valueType: "TEXT", unit: null, decimals: null, levels: [] };

const num = (number: number) => ({ number, levelCode: null, text: null });
const level = (levelCode: string) => ({ number: null, levelCode, text: null });

describe("formatNumber", () => {
  it.each<[number, number | null, string]>([
    [1250, null, "1,250"],
    [1234567, null, "1,234,567"],
    [0, null, "0"],
    [-4500, null, "-4,500"],
    [12.5, null, "12.50"],
    [1234.5, null, "1,234.50"],
    [1250, 2, "1,250.00"],
    [42.25, 1, "42.3"],
    [42.5, 0, "43"],
    [0.125, 3, "0.125"],
    [999999.99, 0, "1,000,000"],
  ])("formats %d with %s decimals as %j", (value, decimals, expected) => {
    expect(formatNumber(value, decimals)).toBe(expected);
  });

  it("shows whole numbers without decimals and fractions with two when no precision is given", () => {
    expect(formatNumber(7)).toBe("7");
    expect(formatNumber(7.1)).toBe("7.10");
  });
});

describe("formatIndicatorValue", () => {
  it("appends the unit to a number", () => {
    expect(formatIndicatorValue(num(1250), numberIndicator)).toBe("1,250 persons");
  });

  it("shows a bare number when the indicator has no unit", () => {
    expect(formatIndicatorValue(num(1250), { ...numberIndicator, unit: null })).toBe("1,250");
    expect(formatIndicatorValue(num(1250), { ...numberIndicator, unit: "" })).toBe("1,250");
  });

  it("respects the indicator's decimals", () => {
    expect(formatIndicatorValue(num(3.14159), { ...numberIndicator, unit: "EUR million", decimals: 2 })).toBe("3.14 EUR million");
  });

  it("appends ' %' to a percentage", () => {
    expect(formatIndicatorValue(num(42.5), percentageIndicator)).toBe("42.5 %");
    expect(formatIndicatorValue(num(100), percentageIndicator)).toBe("100.0 %");
  });

  it("does not repeat '%' for a percentage whose unit is '%'", () => {
    expect(formatIndicatorValue(num(42.5), { ...percentageIndicator, unit: "%" })).toBe("42.5 %");
  });

  it("shows the label of a level", () => {
    expect(formatIndicatorValue(level("partial"), levelIndicator)).toBe("Partially present");
    expect(formatIndicatorValue(level("yes"), yesNoIndicator)).toBe("Yes");
  });

  it("shows the code of a level that the indicator does not know", () => {
    expect(formatIndicatorValue(level("retired"), levelIndicator)).toBe("retired");
    expect(levelLabel("retired", LEVELS)).toBe("retired");
    expect(levelLabel("full", LEVELS)).toBe("Fully present");
  });

  it("shows a narrative text as is", () => {
    expect(formatIndicatorValue({ number: null, levelCode: null, text: "The council met twice." }, textIndicator)).toBe(
      "The council met twice.",
    );
  });

  it("shows an empty string for an empty value", () => {
    expect(formatIndicatorValue({ number: null, levelCode: null, text: null }, textIndicator)).toBe("");
  });
});

describe("pickFinalTarget", () => {
  it("prefers the target marked final over a later milestone", () => {
    const targets = [
      { year: 2020, number: 260, levelCode: null, isFinal: false },
      { year: 2025, number: 320, levelCode: null, isFinal: true },
      { year: 2030, number: 400, levelCode: null, isFinal: false },
    ];
    expect(pickFinalTarget(targets)).toBe(targets[1]);
  });

  it("takes the latest year when no target is final", () => {
    const targets = [
      { year: 2022, number: 1, levelCode: null, isFinal: false },
      { year: 2030, number: 3, levelCode: null, isFinal: false },
      { year: 2025, number: 2, levelCode: null, isFinal: false },
    ];
    expect(pickFinalTarget(targets)).toBe(targets[1]);
  });

  it("does not reorder the caller's array", () => {
    const targets = [
      { year: 2020, number: 1, levelCode: null, isFinal: false },
      { year: 2025, number: 2, levelCode: null, isFinal: false },
    ];
    pickFinalTarget(targets);
    expect(targets.map((target) => target.year)).toEqual([2020, 2025]);
  });

  it("returns null without targets", () => {
    expect(pickFinalTarget([])).toBeNull();
  });
});

describe("formatTarget", () => {
  it("formats a number target with its year", () => {
    expect(formatTarget({ year: 2025, number: 3500, levelCode: null, isFinal: true }, numberIndicator)).toBe("3,500 persons by 2025");
  });

  it("formats a percentage target", () => {
    expect(formatTarget({ year: 2030, number: 60, levelCode: null, isFinal: true }, percentageIndicator)).toBe("60.0 % by 2030");
  });

  it("formats a level target with the level's label", () => {
    expect(formatTarget({ year: 2025, number: null, levelCode: "full", isFinal: true }, levelIndicator)).toBe("Fully present by 2025");
  });

  it("returns null without a target", () => {
    expect(formatTarget(null, numberIndicator)).toBeNull();
  });
});

describe("formatBaseline", () => {
  it("formats a number baseline with its year", () => {
    expect(formatBaseline({ ...numberIndicator, baselineYear: 2016, baselineNumber: 1800, baselineLevel: null })).toBe(
      "1,800 persons (2016)",
    );
  });

  it("formats a level baseline with the level's label", () => {
    expect(formatBaseline({ ...levelIndicator, baselineYear: 2016, baselineNumber: null, baselineLevel: "absent" })).toBe("Absent (2016)");
  });

  it("formats a zero baseline rather than treating it as missing", () => {
    expect(formatBaseline({ ...percentageIndicator, baselineYear: 2016, baselineNumber: 0, baselineLevel: null })).toBe("0.0 % (2016)");
  });

  it.each([
    ["there is no baseline year", { baselineYear: null, baselineNumber: 1800, baselineLevel: null }],
    ["there is no baseline value", { baselineYear: 2016, baselineNumber: null, baselineLevel: null }],
    ["there is neither", { baselineYear: null, baselineNumber: null, baselineLevel: null }],
  ])("returns null when %s", (_label, baseline) => {
    expect(formatBaseline({ ...numberIndicator, ...baseline })).toBeNull();
  });
});

describe("formatIndicatorValue for a NUMBER measured in %", () => {
  it("keeps the per cent sign", () => {
    expect(
      formatIndicatorValue({ number: 12, levelCode: null, text: null }, { valueType: "NUMBER", unit: "%", decimals: 0, levels: [] }),
    ).toBe("12 %");
  });
});
