import { describe, expect, it } from "vitest";
import { MAX_TEXT_LENGTH, parseIndicatorValue, type IndicatorValueRules } from "@/lib/indicators/parse-value";

const numberRules: IndicatorValueRules = { valueType: "NUMBER", unit: "days", lowerLimit: null, upperLimit: null, levels: [] };
const percentageRules: IndicatorValueRules = { valueType: "PERCENTAGE", unit: "%", lowerLimit: null, upperLimit: null, levels: [] };
const levelRules: IndicatorValueRules = {
  valueType: "LEVELS",
  lowerLimit: null,
  upperLimit: null,
  levels: [
    { code: "none", label: "Not started" },
    { code: "initiated", label: "Initiated" },
    { code: "completed", label: "Completed" },
  ],
};
const yesNoRules: IndicatorValueRules = {
  valueType: "YES_NO",
  lowerLimit: null,
  upperLimit: null,
  levels: [
    { code: "no", label: "No" },
    { code: "yes", label: "Yes" },
  ],
};
const textRules: IndicatorValueRules = { valueType: "TEXT", lowerLimit: null, upperLimit: null, levels: [] };

const numberValue = (number: number) => ({ ok: true, value: { number, levelCode: null, text: null } });
const refused = (message: string) => ({ ok: false, message: expect.objectContaining({ english: message }) });

describe("parseIndicatorValue: missing input", () => {
  it.each([
    ["null", null],
    ["undefined", undefined],
    ["an empty string", ""],
    ["a blank string", "   \t "],
  ])("asks for a value when the input is %s", (_label, raw) => {
    for (const rules of [numberRules, percentageRules, levelRules, yesNoRules, textRules]) {
      expect(parseIndicatorValue(raw, rules)).toEqual(refused("Enter a value"));
    }
  });
});

describe("parseIndicatorValue: numbers", () => {
  it.each([
    ["1250", 1250],
    ["12.5", 12.5],
    ["12,5", 12.5],
    [" 42 ", 42],
    ["1 250", 1250],
    ["-3.75", -3.75],
    ["+7", 7],
    [".5", 0.5],
    [",5", 0.5],
    ["0", 0],
  ])("parses the text %j as %d", (raw, expected) => {
    expect(parseIndicatorValue(raw, numberRules)).toEqual(numberValue(expected));
  });

  it.each([0, 3.14, -20, 1_000_000])("accepts the finite number %d as is", (raw) => {
    expect(parseIndicatorValue(raw, numberRules)).toEqual(numberValue(raw));
  });

  it.each([
    ["two decimal separators", "1.250,5"],
    ["letters", "abc"],
    ["a number followed by a unit", "12 persons"],
    ["exponent notation", "1e5"],
    ["the word Infinity", "Infinity"],
    ["a lone separator", "."],
    ["NaN", Number.NaN],
    ["positive infinity", Number.POSITIVE_INFINITY],
    ["negative infinity", Number.NEGATIVE_INFINITY],
    ["a boolean", true],
    ["an object", { number: 1 }],
  ])("refuses %s", (_label, raw) => {
    expect(parseIndicatorValue(raw, numberRules)).toEqual(refused("Enter a number, e.g. 1250 or 12.5"));
  });

  it.each(["1,250", "1.250", "-12,500", " 999.000 "])(
    "refuses %j, whose separator could mark thousands (English / Romanian) or decimals",
    (input) => {
      expect(parseIndicatorValue(input, numberRules)).toEqual(
        refused(
          `“${input.trim()}” could mean a thousand-separated or a decimal number: type it without a thousands separator, e.g. 1250 or 1.25`,
        ),
      );
    },
  );

  it.each([
    ["0.125", 0.125],
    ["0,125", 0.125],
    ["12,5", 12.5],
    ["1,25", 1.25],
    ["1.2500", 1.25],
    ["1250", 1250],
  ])("accepts %j, which is not ambiguous, as %d", (input, expected) => {
    expect(parseIndicatorValue(input, numberRules)).toEqual(numberValue(expected));
  });

  it("uses a percentage-specific message when a percentage is not a number", () => {
    expect(parseIndicatorValue("abc", percentageRules)).toEqual(refused("Enter a percentage as a number, e.g. 42.5"));
  });

  it("accepts any number when a NUMBER indicator has no limits", () => {
    expect(parseIndicatorValue("-1000000", numberRules)).toEqual(numberValue(-1_000_000));
  });
});

describe("parseIndicatorValue: limits", () => {
  it.each([
    ["0", 0],
    ["100", 100],
    ["42,5", 42.5],
  ])("accepts the percentage %j inside the default 0..100 range", (raw, expected) => {
    expect(parseIndicatorValue(raw, percentageRules)).toEqual(numberValue(expected));
  });

  it("refuses a percentage above 100 by default", () => {
    expect(parseIndicatorValue("120", percentageRules)).toEqual(refused("Enter a value of at most 100 %"));
  });

  it("refuses a negative percentage by default", () => {
    expect(parseIndicatorValue("-1", percentageRules)).toEqual(refused("Enter a value of at least 0 %"));
  });

  it("lets an explicit limit override the percentage default", () => {
    const rules: IndicatorValueRules = { ...percentageRules, lowerLimit: 10, upperLimit: 150 };
    expect(parseIndicatorValue("120", rules)).toEqual(numberValue(120));
    expect(parseIndicatorValue("5", rules)).toEqual(refused("Enter a value of at least 10 %"));
    expect(parseIndicatorValue("151", rules)).toEqual(refused("Enter a value of at most 150 %"));
  });

  it("names the unit of a NUMBER indicator in the limit message", () => {
    const rules: IndicatorValueRules = { ...numberRules, unit: "persons", lowerLimit: 0, upperLimit: 5000 };
    expect(parseIndicatorValue("-5", rules)).toEqual(refused("Enter a value of at least 0 persons"));
    expect(parseIndicatorValue("5001", rules)).toEqual(refused("Enter a value of at most 5000 persons"));
  });

  it("gives a bare limit when the NUMBER indicator has no unit", () => {
    const rules: IndicatorValueRules = { ...numberRules, unit: null, lowerLimit: 1, upperLimit: null };
    expect(parseIndicatorValue(0, rules)).toEqual(refused("Enter a value of at least 1"));
  });

  it("accepts values exactly on the limits", () => {
    const rules: IndicatorValueRules = { ...numberRules, lowerLimit: 0, upperLimit: 10 };
    expect(parseIndicatorValue("0", rules)).toEqual(numberValue(0));
    expect(parseIndicatorValue("10", rules)).toEqual(numberValue(10));
  });
});

describe("parseIndicatorValue: level-based indicators", () => {
  it.each([
    ["the code", "initiated", "initiated"],
    ["the code with spaces", "  completed ", "completed"],
    ["the label", "Not started", "none"],
    ["the label in upper case", "NOT STARTED", "none"],
    ["the label in lower case", "completed", "completed"],
  ])("accepts a LEVELS answer given as %s", (_label, raw, code) => {
    expect(parseIndicatorValue(raw, levelRules)).toEqual({ ok: true, value: { number: null, levelCode: code, text: null } });
  });

  it.each([
    ["yes", "yes"],
    ["No", "no"],
    ["YES", "yes"],
  ])("accepts the YES_NO answer %j as %j", (raw, code) => {
    expect(parseIndicatorValue(raw, yesNoRules)).toEqual({ ok: true, value: { number: null, levelCode: code, text: null } });
  });

  it("refuses an unknown level and lists the allowed codes", () => {
    expect(parseIndicatorValue("halfway", levelRules)).toEqual(refused("Choose one of: none, initiated, completed"));
    expect(parseIndicatorValue("maybe", yesNoRules)).toEqual(refused("Choose one of: no, yes"));
  });

  it("matches codes case-sensitively before falling back to labels", () => {
    const rules: IndicatorValueRules = {
      ...levelRules,
      levels: [
        { code: "a", label: "B" },
        { code: "b", label: "A" },
      ],
    };
    expect(parseIndicatorValue("a", rules)).toEqual({ ok: true, value: { number: null, levelCode: "a", text: null } });
    expect(parseIndicatorValue("A", rules)).toEqual({ ok: true, value: { number: null, levelCode: "b", text: null } });
  });
});

describe("parseIndicatorValue: narrative text", () => {
  it("trims the text", () => {
    expect(parseIndicatorValue("  The council met twice.  \n", textRules)).toEqual({
      ok: true,
      value: { number: null, levelCode: null, text: "The council met twice." },
    });
  });

  it("accepts a text of exactly the maximum length", () => {
    const text = "x".repeat(MAX_TEXT_LENGTH);
    expect(parseIndicatorValue(text, textRules)).toEqual({ ok: true, value: { number: null, levelCode: null, text } });
  });

  it("refuses a text longer than the maximum", () => {
    expect(MAX_TEXT_LENGTH).toBe(10_000);
    expect(parseIndicatorValue("x".repeat(MAX_TEXT_LENGTH + 1), textRules)).toEqual(refused("Keep the text under 10000 characters"));
  });

  it("measures the length after trimming", () => {
    const text = `  ${"x".repeat(MAX_TEXT_LENGTH)}  `;
    expect(parseIndicatorValue(text, textRules)).toEqual({
      ok: true,
      value: { number: null, levelCode: null, text: "x".repeat(MAX_TEXT_LENGTH) },
    });
  });
});
