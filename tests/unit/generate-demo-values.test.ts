import { describe, expect, it } from "vitest";
import type { FrameworkDefinition, IndicatorDefinition } from "@/lib/frameworks/schemas";
import { DEMO_MATRIX } from "@/lib/demo/demo-matrix";
import { flattenIndicators, generateDemoValues, type DemoValue } from "@/lib/demo/generate-demo-values";
import { isLevelBased, isQuantitative, YES_NO_LEVELS } from "@/lib/indicators/value-types";

const YEARS = Array.from({ length: 10 }, (_, index) => 2016 + index);
const OPEN_YEAR = 2025;
const options = { years: YEARS, openYear: OPEN_YEAR, seed: "x" };

const indicators = flattenIndicators(DEMO_MATRIX.areas);
const byCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));
const values = generateDemoValues(DEMO_MATRIX, options);
const totals = values.filter((value) => value.disaggregation === "");

function indicatorOf(value: DemoValue): IndicatorDefinition {
  const indicator = byCode.get(value.indicatorCode);
  if (!indicator) throw new Error(`Unknown indicator ${value.indicatorCode}`);
  return indicator;
}

describe("generateDemoValues: determinism", () => {
  it("gives identical values for the same definition, years and seed", () => {
    expect(generateDemoValues(DEMO_MATRIX, { ...options })).toEqual(values);
  });

  it("gives different values for a different seed", () => {
    expect(generateDemoValues(DEMO_MATRIX, { ...options, seed: "y" })).not.toEqual(values);
  });

  it("does not change the definition", () => {
    const before = JSON.stringify(DEMO_MATRIX);
    generateDemoValues(DEMO_MATRIX, options);
    expect(JSON.stringify(DEMO_MATRIX)).toBe(before);
  });
});

describe("generateDemoValues: statuses", () => {
  it("approves every value before the open year", () => {
    const earlier = values.filter((value) => value.year < OPEN_YEAR);
    expect(earlier.length).toBeGreaterThan(0);
    expect(earlier.every((value) => value.status === "APPROVED")).toBe(true);
  });

  it("uses every status in the open year", () => {
    const statuses = new Set(totals.filter((value) => value.year === OPEN_YEAR).map((value) => value.status));
    expect([...statuses].sort()).toEqual(["APPROVED", "DRAFT", "RETURNED", "SUBMITTED"]);
  });

  it("leaves some indicators without a value in the open year", () => {
    const reported = new Set(totals.filter((value) => value.year === OPEN_YEAR).map((value) => value.indicatorCode));
    const missing = indicators.filter((indicator) => !reported.has(indicator.code));
    expect(missing.length).toBeGreaterThanOrEqual(1);
    expect(missing.length).toBeLessThan(indicators.length);
  });

  it("gives every returned value a reason, and only returned values", () => {
    const returned = values.filter((value) => value.status === "RETURNED");
    expect(returned.length).toBeGreaterThan(0);
    for (const value of values) {
      if (value.status === "RETURNED") expect(value.returnReason, value.indicatorCode).toMatch(/\S/);
      else expect(value.returnReason).toBeNull();
    }
  });

  it("gives a breakdown the status of its total", () => {
    const totalStatus = new Map(totals.map((value) => [`${value.indicatorCode}|${value.year}`, value.status]));
    for (const value of values.filter((entry) => entry.disaggregation !== "")) {
      expect(value.status).toBe(totalStatus.get(`${value.indicatorCode}|${value.year}`));
    }
  });
});

describe("generateDemoValues: content", () => {
  it("produces values only for the requested years and the definition's indicators", () => {
    for (const value of values) {
      expect(YEARS).toContain(value.year);
      expect(byCode.has(value.indicatorCode)).toBe(true);
    }
  });

  it("produces at most one value per indicator, year and disaggregation", () => {
    const keys = values.map((value) => `${value.indicatorCode}|${value.year}|${value.disaggregation}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("equals the definition's baseline in the baseline year", () => {
    let checked = 0;
    for (const indicator of indicators) {
      if (!indicator.baseline) continue;
      const value = totals.find((entry) => entry.indicatorCode === indicator.code && entry.year === indicator.baseline!.year);
      expect(value, `${indicator.code} has a baseline-year value`).toBeDefined();
      const stored = isQuantitative(indicator.valueType) ? value!.number : value!.levelCode;
      expect(stored, indicator.code).toBe(indicator.baseline.value);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("keeps quantitative values within their natural limits", () => {
    for (const value of values) {
      const indicator = indicatorOf(value);
      if (!isQuantitative(indicator.valueType)) continue;
      expect(value.number, `${value.indicatorCode} ${value.year} ${value.disaggregation}`).not.toBeNull();
      const label = `${value.indicatorCode} ${value.year} ${value.disaggregation} = ${value.number}`;
      if (indicator.valueType === "PERCENTAGE") {
        expect(value.number!, label).toBeGreaterThanOrEqual(indicator.lowerLimit ?? 0);
        expect(value.number!, label).toBeLessThanOrEqual(indicator.upperLimit ?? 100);
      }
      if (indicator.lowerLimit !== undefined) expect(value.number!, label).toBeGreaterThanOrEqual(indicator.lowerLimit);
      if (indicator.upperLimit !== undefined) expect(value.number!, label).toBeLessThanOrEqual(indicator.upperLimit);
    }
  });

  it("rounds quantitative values to the indicator's decimals", () => {
    for (const value of values) {
      const indicator = indicatorOf(value);
      if (!isQuantitative(indicator.valueType) || indicator.decimals === undefined) continue;
      const scaled = value.number! * 10 ** indicator.decimals;
      expect(Math.abs(scaled - Math.round(scaled)), `${value.indicatorCode} ${value.year} = ${value.number}`).toBeLessThan(1e-6);
    }
  });

  it("splits NUMBER totals by sex into parts that add up to the total", () => {
    const sexIndicators = indicators.filter((indicator) => indicator.valueType === "NUMBER" && indicator.dimensions?.includes("SEX"));
    expect(sexIndicators.length).toBeGreaterThan(0);
    let checked = 0;
    for (const total of totals) {
      const indicator = indicatorOf(total);
      if (!sexIndicators.includes(indicator)) continue;
      const part = (key: string) =>
        values.find((value) => value.indicatorCode === total.indicatorCode && value.year === total.year && value.disaggregation === key);
      const female = part("SEX=F");
      const male = part("SEX=M");
      expect(female, `${total.indicatorCode} ${total.year} F`).toBeDefined();
      expect(male, `${total.indicatorCode} ${total.year} M`).toBeDefined();
      const tolerance = 10 ** -(indicator.decimals ?? 0) / 2 + 1e-9;
      expect(Math.abs(female!.number! + male!.number! - total.number!), `${total.indicatorCode} ${total.year}`).toBeLessThanOrEqual(
        tolerance,
      );
      checked += 1;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("breaks down only by the indicator's own dimensions", () => {
    for (const value of values.filter((entry) => entry.disaggregation !== "")) {
      const indicator = indicatorOf(value);
      const dimension = value.disaggregation.split("=")[0]!;
      expect(indicator.dimensions ?? [], `${value.indicatorCode} ${value.disaggregation}`).toContain(dimension);
    }
  });

  it("leaves gaps: some indicator-year totals are missing before the open year", () => {
    const present = new Set(totals.map((value) => `${value.indicatorCode}|${value.year}`));
    const gaps = indicators.flatMap((indicator) =>
      YEARS.filter((year) => year < OPEN_YEAR && !present.has(`${indicator.code}|${year}`)).map((year) => `${indicator.code}|${year}`),
    );
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.length).toBeLessThan(indicators.length * (YEARS.length - 1) * 0.2);
  });

  it("never leaves the baseline year empty", () => {
    const present = new Set(totals.map((value) => `${value.indicatorCode}|${value.year}`));
    for (const indicator of indicators) {
      if (indicator.baseline) expect(present.has(`${indicator.code}|${indicator.baseline.year}`), indicator.code).toBe(true);
    }
  });

  it("adds comments to some values", () => {
    const commented = values.filter((value) => value.comment !== null);
    expect(commented.length).toBeGreaterThan(0);
    expect(commented.length).toBeLessThan(values.length);
    expect(commented.every((value) => value.comment!.trim().length > 0)).toBe(true);
  });

  it("gives TEXT indicators a narrative text and nothing else", () => {
    const narrative = totals.filter((value) => indicatorOf(value).valueType === "TEXT");
    expect(narrative.length).toBeGreaterThan(0);
    for (const value of narrative) {
      expect(value.text, value.indicatorCode).toMatch(/\S/);
      expect(value.number).toBeNull();
      expect(value.levelCode).toBeNull();
    }
  });

  it("gives level-based indicators valid level codes and nothing else", () => {
    const levelValues = values.filter((value) => isLevelBased(indicatorOf(value).valueType));
    expect(levelValues.length).toBeGreaterThan(0);
    for (const value of levelValues) {
      const indicator = indicatorOf(value);
      const levels = indicator.valueType === "YES_NO" ? YES_NO_LEVELS : (indicator.levels ?? []);
      expect(
        levels.map((level) => level.code),
        `${value.indicatorCode} ${value.year}`,
      ).toContain(value.levelCode);
      expect(value.number).toBeNull();
      expect(value.text).toBeNull();
      expect(value.disaggregation).toBe("");
    }
  });

  it("gives quantitative values a number and nothing else", () => {
    for (const value of values.filter((entry) => isQuantitative(indicatorOf(entry).valueType))) {
      expect(typeof value.number).toBe("number");
      expect(value.levelCode).toBeNull();
      expect(value.text).toBeNull();
    }
  });

  it("uses the indicator's data source as the value's source", () => {
    for (const value of values) {
      expect(value.source).toBe(indicatorOf(value).dataSource ?? null);
    }
  });
});

describe("generateDemoValues: options", () => {
  const small: FrameworkDefinition = {
    code: "S",
    name: "Small",
    version: { label: "1" },
    areas: [
      {
        code: "A",
        name: "A",
        indicators: [
          {
            code: "N",
            name: "Count",
            valueType: "NUMBER",
            lowerLimit: 0,
            decimals: 0,
            baseline: { year: 2016, value: 100 },
            targets: [{ year: 2020, value: 200 }],
          },
        ],
      },
    ],
  };

  it("fills every year when the gap rate is zero and there is no open year", () => {
    const result = generateDemoValues(small, { years: [2016, 2017, 2018, 2019, 2020], seed: "s", gapRate: 0 });
    expect(result.map((value) => value.year)).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect(result.every((value) => value.status === "APPROVED")).toBe(true);
  });

  it("keeps only the baseline year when the gap rate is one", () => {
    const result = generateDemoValues(small, { years: [2016, 2017, 2018, 2019, 2020], seed: "s", gapRate: 1 });
    expect(result).toEqual([expect.objectContaining({ year: 2016, number: 100 })]);
  });
});

describe("flattenIndicators", () => {
  it("walks nested areas, each area's own indicators before its sub-areas'", () => {
    const definition: FrameworkDefinition = {
      code: "F",
      name: "F",
      version: { label: "1" },
      areas: [
        {
          code: "A",
          name: "A",
          indicators: [{ code: "A.1", name: "a", valueType: "TEXT" }],
          areas: [
            { code: "A1", name: "A1", indicators: [{ code: "A1.1", name: "a", valueType: "TEXT" }] },
            {
              code: "A2",
              name: "A2",
              areas: [{ code: "A2x", name: "A2x", indicators: [{ code: "A2x.1", name: "a", valueType: "TEXT" }] }],
            },
          ],
        },
        { code: "B", name: "B" },
        { code: "C", name: "C", indicators: [{ code: "C.1", name: "c", valueType: "TEXT" }] },
      ],
    };
    expect(flattenIndicators(definition.areas).map((indicator) => indicator.code)).toEqual(["A.1", "A1.1", "A2x.1", "C.1"]);
  });

  it("returns nothing for no areas", () => {
    expect(flattenIndicators([])).toEqual([]);
  });
});
