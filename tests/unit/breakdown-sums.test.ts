import { describe, expect, it } from "vitest";
import { breakdownsAddUp, findBreakdownMismatches } from "@/lib/indicators/breakdown-sums";
import { inMemberOrder } from "@/lib/monitoring/expected-rows";

const persons = { valueType: "NUMBER", unit: "persons", decimals: null, breakdownsMustSum: false };
const rows = (total: number | null, female: number | null, male: number | null) => [
  { key: "", number: total },
  { key: "SEX=F", number: female },
  { key: "SEX=M", number: male },
];

describe("breakdowns that add up to their total (issue 14, trap 6)", () => {
  it("finds a count whose female and male rows do not add up to the total", () => {
    expect(findBreakdownMismatches(persons, rows(1250, 600, 640))).toEqual([
      { dimension: "SEX", partKeys: ["SEX=F", "SEX=M"], sum: 1240, total: 1250 },
    ]);
    expect(findBreakdownMismatches(persons, rows(1250, 600, 650))).toEqual([]);
  });

  it("checks each dimension on its own and ignores cross-breakdowns", () => {
    const mixed = [
      { key: "", number: 100 },
      { key: "SEX=F", number: 40 },
      { key: "SEX=M", number: 60 },
      { key: "AGE=0-17", number: 10 },
      { key: "AGE=18%2B", number: 80 },
      { key: "AGE=0-17;SEX=F", number: 999 },
    ];
    expect(findBreakdownMismatches(persons, mixed)).toEqual([
      { dimension: "AGE", partKeys: ["AGE=0-17", "AGE=18%2B"], sum: 90, total: 100 },
    ]);
  });

  it("says nothing while a breakdown or the total is incomplete", () => {
    expect(findBreakdownMismatches(persons, rows(1250, 600, null))).toEqual([]);
    expect(findBreakdownMismatches(persons, rows(null, 600, 640))).toEqual([]);
  });

  it("allows the rounding of an indicator with decimals, and no more", () => {
    const amount = { valueType: "NUMBER", unit: "USD million", decimals: 1, breakdownsMustSum: true };
    expect(findBreakdownMismatches(amount, rows(10.1, 3.4, 6.8))).toEqual([]);
    expect(findBreakdownMismatches(amount, rows(10.1, 3.4, 6.5))).toHaveLength(1);
    expect(findBreakdownMismatches({ ...persons, unit: "persons" }, rows(0.3, 0.1, 0.2))).toEqual([]);
  });

  it("checks counts and indicators with the hard rule, never shares, rates or levels", () => {
    expect(breakdownsAddUp(persons)).toBe(true);
    expect(breakdownsAddUp({ ...persons, unit: "days" })).toBe(false);
    expect(breakdownsAddUp({ ...persons, unit: "days", breakdownsMustSum: true })).toBe(true);
    expect(breakdownsAddUp({ ...persons, valueType: "PERCENTAGE", breakdownsMustSum: true })).toBe(false);
    expect(findBreakdownMismatches({ ...persons, valueType: "PERCENTAGE" }, rows(50, 40, 70))).toEqual([]);
  });
});

describe("rows in the form's order, whatever order the database returned them in", () => {
  it("puts the total first, then each dimension's members in catalogue order", () => {
    const indicator = {
      dimensions: [
        { code: "SEX", members: [{ code: "F" }, { code: "M" }] },
        { code: "AGE", members: [{ code: "0-17" }, { code: "18+" }] },
      ],
    };
    const rows = ["AGE=0-17;SEX=F", "SEX=M", "AGE=18%2B", "", "SEX=F", "AGE=0-17"].map((key) => ({ key }));
    expect(inMemberOrder(indicator, rows).map((row) => row.key)).toEqual(["", "SEX=F", "SEX=M", "AGE=0-17", "AGE=18%2B", "AGE=0-17;SEX=F"]);
  });
});
