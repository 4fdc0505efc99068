import { describe, expect, it } from "vitest";
import { parseIndicatorValue, type IndicatorValueRules } from "@/lib/indicators/parse-value";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { parseTypedNumber } from "@/lib/i18n/parse-typed-number";

const COMMA_DECIMAL: Locale[] = ["ro", "ru", "fr", "es"];

describe("parseTypedNumber: English writes 1,234.5", () => {
  it.each([
    ["1,234.5", 1234.5],
    ["1,234,567", 1234567],
    ["1,234,567.25", 1234567.25],
    ["1 234.5", 1234.5],
    ["1.234", 1.234],
    ["12,5", 12.5],
    ["-1,234.5", -1234.5],
    ["\u22121.5", -1.5],
    ["0.125", 0.125],
  ])("reads %j as %d", (text, value) => {
    expect(parseTypedNumber(text, "en")).toEqual({ ok: true, value });
  });

  it("refuses 1,234, which could be a thousand-separated number or a Romanian decimal", () => {
    expect(parseTypedNumber("1,234", "en")).toEqual({ ok: false, reason: "ambiguous", asGrouped: 1234, asDecimal: 1.234 });
  });

  it.each(["1.234,5", "1.234.567"])("refuses %j, written the continental way", (text) => {
    expect(parseTypedNumber(text, "en")).toEqual({ ok: false, reason: "other-convention" });
  });
});

describe.each(COMMA_DECIMAL)("parseTypedNumber in %s: 1 234,5 and 1.234,5", (locale) => {
  it.each([
    ["1 234,5", 1234.5],
    ["1\u00A0234,5", 1234.5],
    ["1\u202F234,5", 1234.5],
    ["1.234,5", 1234.5],
    ["1.234.567", 1234567],
    ["1 234 567,75", 1234567.75],
    ["1,234", 1.234],
    ["12,5", 12.5],
    ["0,125", 0.125],
    ["-3,75", -3.75],
    ["1250", 1250],
  ])("reads %j as %d", (text, value) => {
    expect(parseTypedNumber(text, locale)).toEqual({ ok: true, value });
  });

  it.each([
    ["1.234", 1234, 1.234],
    ["999.000", 999000, 999],
    ["1 234.567", 1234567, 1234.567],
  ])("refuses %j, which reads as %d or %d", (text, asGrouped, asDecimal) => {
    expect(parseTypedNumber(text, locale)).toEqual({ ok: false, reason: "ambiguous", asGrouped, asDecimal });
  });

  it.each(["1,234.5", "1,234,567"])("refuses %j, written the English way", (text) => {
    expect(parseTypedNumber(text, locale)).toEqual({ ok: false, reason: "other-convention" });
  });
});

describe.each(LOCALES)("parseTypedNumber in %s: text that is no number", (locale) => {
  it.each(["abc", "12 persons", "1e5", ".", "12 5", "1.23.4,5,6", "1,,5", "--5", "5.", "Infinity"])("refuses %j", (text) => {
    expect(parseTypedNumber(text, locale).ok).toBe(false);
  });

  it("reads what Intl writes in the same language", () => {
    for (const value of [0.5, 12.25, 1234.5, 1234567.125, -98765.4]) {
      expect(parseTypedNumber(new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(value), locale)).toEqual({
        ok: true,
        value,
      });
    }
  });
});

describe("parseTypedNumber without a language", () => {
  it.each([
    ["12.5", 12.5],
    ["12,5", 12.5],
    ["1 250", 1250],
    [",5", 0.5],
  ])("reads %j as %d", (text, value) => {
    expect(parseTypedNumber(text)).toEqual({ ok: true, value });
  });

  it.each(["1,250", "1.250"])("refuses %j as ambiguous", (text) => {
    expect(parseTypedNumber(text)).toMatchObject({ ok: false, reason: "ambiguous" });
  });

  it.each(["1.250,5", "1,250.5", "1.250.000"])("refuses %j, whose convention is unknown", (text) => {
    expect(parseTypedNumber(text)).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("parseIndicatorValue with the person's language", () => {
  const rules: IndicatorValueRules = { valueType: "NUMBER", unit: "days", lowerLimit: null, upperLimit: null, levels: [] };

  it("explains both readings of an ambiguous entry in Romanian", () => {
    expect(parseIndicatorValue("1.234", rules, "ro")).toEqual({
      ok: false,
      message: expect.objectContaining({
        english: "“1.234” could mean 1234 or 1,234: type 1234 for the whole number, or 1,234 for the decimal",
      }),
    });
  });

  it("shows the expected form when a number is written the other language's way", () => {
    expect(parseIndicatorValue("1,234.5", rules, "ru")).toEqual({
      ok: false,
      message: expect.objectContaining({ english: "Write the number as 1\u00A0234,5 in this language" }),
    });
    expect(parseIndicatorValue("1.234,5", rules, "en")).toEqual({
      ok: false,
      message: expect.objectContaining({ english: "Write the number as 1,234.5 in this language" }),
    });
  });

  it("stores 1 234,5 and 1.234,5 alike in Romanian", () => {
    expect(parseIndicatorValue("1 234,5", rules, "ro")).toEqual({ ok: true, value: { number: 1234.5, levelCode: null, text: null } });
    expect(parseIndicatorValue("1.234,5", rules, "ro")).toEqual({ ok: true, value: { number: 1234.5, levelCode: null, text: null } });
  });
});
