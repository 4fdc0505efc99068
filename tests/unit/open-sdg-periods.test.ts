/** Year cells of Open SDG files: plain years, fiscal and school years mapped by a rule, and the periods refused. */
import { describe, expect, it } from "vitest";
import { parseOpenSdgData } from "@/lib/open-sdg/parse-open-sdg-data";
import { parseOpenSdgPeriod } from "@/lib/open-sdg/parse-open-sdg-period";

describe("parseOpenSdgPeriod", () => {
  it("maps two consecutive years, however written, to the last (default) or the first, keeping the label", () => {
    for (const cell of ["2014/2015", "2014-2015", "2014-15", "2014/15", "2014–15", "2014 / 2015"]) {
      expect(parseOpenSdgPeriod(cell, "last")).toEqual({ ok: true, year: 2015, label: cell });
      expect(parseOpenSdgPeriod(cell, "first")).toEqual({ ok: true, year: 2014, label: cell });
    }
    expect(parseOpenSdgPeriod("1999/00", "last")).toEqual({ ok: true, year: 2000, label: "1999/00" });
    expect(parseOpenSdgPeriod("2015", "first")).toEqual({ ok: true, year: 2015 });
  });

  it("refuses quarters and ranges of more than two years with their reason", () => {
    for (const cell of ["2015 Q4", "2015-Q1", "2015Q2", "Q3 2015"])
      expect(parseOpenSdgPeriod(cell, "last")).toMatchObject({ ok: false, reason: "quarter" });
    expect(parseOpenSdgPeriod("2016-2018", "last")).toEqual({
      ok: false,
      reason: "multi-year range",
      message: expect.stringContaining("spans 3 years"),
    });
    for (const cell of ["2015-03", "15", "2015/2014", "n.d."])
      expect(parseOpenSdgPeriod(cell, "last")).toMatchObject({ ok: false, reason: "not a year" });
  });
});

it("parseOpenSdgData keeps the label on the observation and refuses periods row by row", () => {
  const parsed = parseOpenSdgData("f.csv", "Year,Value\n2014/2015,1\n2016-2018,2\n2015 Q4,3\n2017,4\n", "first");
  expect(parsed.observations).toEqual([
    { line: 2, year: 2014, periodLabel: "2014/2015", disaggregation: {}, value: 1 },
    { line: 5, year: 2017, disaggregation: {}, value: 4 },
  ]);
  expect(parsed.problems.map((problem) => [problem.row, problem.reason])).toEqual([
    [3, "multi-year range"],
    [4, "quarter"],
  ]);
  expect(parsed.rows).toBe(4);
});
