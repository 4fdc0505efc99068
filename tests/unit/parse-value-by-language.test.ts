import { describe, expect, it } from "vitest";
import { isCountUnit } from "@/lib/indicators/count-units";
import { parseIndicatorValue, type IndicatorValueRules } from "@/lib/indicators/parse-value";
import type { Locale } from "@/lib/i18n/locales";

// Issue 14, trap 6: numbers are read in the person's language, and a count has no fractions.
const PERSONS: IndicatorValueRules = { valueType: "NUMBER", unit: "persons", lowerLimit: 0, upperLimit: null, levels: [] };
const DAYS: IndicatorValueRules = { ...PERSONS, unit: "days" };
const SHARE: IndicatorValueRules = { valueType: "PERCENTAGE", unit: "%", lowerLimit: null, upperLimit: null, levels: [] };

const read = (raw: string, rules: IndicatorValueRules, locale?: Locale) => {
  const result = parseIndicatorValue(raw, rules, locale);
  return result.ok ? result.value.number : result.message.english;
};

describe("a value typed in each of the five languages", () => {
  it.each([
    ["en", "1,234.5", 1234.5],
    ["en", "1 234.5", 1234.5],
    ["ro", "1.234,5", 1234.5],
    ["ro", "1 234,5", 1234.5],
    ["ru", "1 234,5", 1234.5],
    ["ru", "1\u00A0234,5", 1234.5],
    ["fr", "1\u202F234,5", 1234.5],
    ["fr", "1 234,5", 1234.5],
    ["es", "1.234,5", 1234.5],
    ["es", "1 234,5", 1234.5],
  ] as const)("%s reads %j as %d days", (locale, raw, value) => {
    expect(read(raw, DAYS, locale)).toBe(value);
  });

  it.each([
    ["en", "1,5", 1.5],
    ["ro", "1,5", 1.5],
    ["ru", "1,5", 1.5],
    ["fr", "1,5", 1.5],
    ["es", "1,5", 1.5],
    ["en", "1.5", 1.5],
    ["ro", "12,75", 12.75],
  ] as const)("%s reads %j as %d %%: one mark that cannot group thousands is the decimal one", (locale, raw, value) => {
    expect(read(raw, SHARE, locale)).toBe(value);
  });

  it("1.234 is a decimal in English, but could be either reading in Romanian: refused with both", () => {
    expect(read("1.234", DAYS, "en")).toBe(1.234);
    expect(read("1.234", DAYS, "ro")).toMatch(/1234|1 234|1,234/);
    expect(parseIndicatorValue("1.234", DAYS, "ro").ok).toBe(false);
  });

  it("1,234 is a decimal in Romanian, but could be either reading in English: refused", () => {
    expect(read("1,234", DAYS, "ro")).toBe(1.234);
    expect(parseIndicatorValue("1,234", DAYS, "en").ok).toBe(false);
  });

  it("a number written the other language's way is refused, not misread", () => {
    expect(parseIndicatorValue("1.234,5", DAYS, "en").ok).toBe(false);
    expect(parseIndicatorValue("1,234.5", DAYS, "fr").ok).toBe(false);
  });
});

describe("a count has no fractions", () => {
  it("refuses 12.5 persons, in any language, and accepts 12", () => {
    expect(read("12.5", PERSONS, "en")).toBe("Enter a whole number: a count of persons has no fractions");
    expect(parseIndicatorValue("12,5", PERSONS, "ro").ok).toBe(false);
    expect(parseIndicatorValue(12.5, PERSONS).ok).toBe(false);
    expect(read("1 234", PERSONS, "fr")).toBe(1234);
  });

  it("accepts fractions of a unit of measure", () => {
    expect(read("12.5", DAYS, "en")).toBe(12.5);
  });

  it("knows counts by their unit", () => {
    expect(["persons", "Persons", "number of persons", "events", "agreements", "persoane", "personas", "человек"].map(isCountUnit)).toEqual(
      Array(8).fill(true),
    );
    expect(["days", "%", "USD thousand", "hours", null, ""].map(isCountUnit)).toEqual(Array(6).fill(false));
  });
});
