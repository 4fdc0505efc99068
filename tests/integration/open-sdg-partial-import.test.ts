/**
 * "Import what can be imported": refused files and rows are left out and counted by reason,
 * the rest is imported; by default the same data set refuses it all and changes nothing. The
 * report accounts for every row read: imported + unchanged + repeated + locked + blank +
 * refused = rows. Fixtures are built here from the Open SDG format's rules.
 */
import { zipSync } from "fflate";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { importOpenSdg } from "@/lib/open-sdg/import-open-sdg";
import type { OpenSdgImportReport } from "@/lib/open-sdg/open-sdg-report";
import { readOpenSdgZip } from "@/lib/open-sdg/read-open-sdg-source";
import { catchAppError, createTestMember, createTestWorkspace, snapshotDatabaseWithValues, uniqueCode } from "../fixtures/factories";

const utf8 = (text: string) => new TextEncoder().encode(text);

/** 25 data rows in four readable files, and one file that cannot be read as text. */
const source = readOpenSdgZip(
  zipSync({
    // 6 rows: 4 values, 1 blank, 1 repeat.
    "data/indicator_1-1-1.csv": utf8("Year,Sex,Value\n2015,,10\n2015,F,11\n2016,,12\n2016,F,\n2017,,13\n2017,,13\n"),
    // 7 rows: 2 values (one from a school year), 1 quarter, 1 range, 1 not a number, 1 malformed, 1 bad year and value.
    "data/indicator_1-2-1.csv": utf8("Value,Year\n20,2014/2015\n21,2016\n22,2016 Q4\n23,2016-2018\nn/a,2017\n24,2018,extra\nx,20x9\n"),
    // 3 rows, refused as a file: an unnamed column holds data.
    "data/indicator_2-1-1.csv": utf8("Year,,Value\n2015,,1\n2016,oops,2\n2017,,3\n"),
    // 9 rows, refused as a file by the plan: its name gives no usable indicator code.
    "data/indicator_three one.csv": utf8(`Year,Value\n${Array.from({ length: 9 }, (_, index) => `${2010 + index},${index}`).join("\n")}\n`),
    // UTF-16 without a byte-order mark: its encoding cannot be told.
    "data/indicator_4-1-1.csv": iconv.encode("Year,Value\n2015,1\n", "utf-16le"),
  }),
);
const ROWS = 6 + 7 + 3 + 9;

let secretariat: AccessContext;

beforeAll(async () => {
  const { workspaceId } = await createTestWorkspace();
  secretariat = await createTestMember(workspaceId, "SECRETARIAT");
});

const params = (frameworkCode: string, partial: boolean, dryRun = false) => ({ frameworkCode, sourceName: "partial.zip", dryRun, partial });

/** The test of the report: every row read is in exactly one count. */
function expectEveryRowAccountedFor(report: OpenSdgImportReport) {
  const { values, refused } = report;
  expect(values.created + values.updated + values.unchanged + values.repeated + values.locked + values.blank + refused.rows).toBe(
    report.rows,
  );
  expect(values.stored + values.repeated + values.locked).toBe(values.total);
  expect(Object.values(refused.byReason).reduce((sum, rows) => sum + (rows ?? 0), 0)).toBe(refused.rows);
}

describe("a data set with refused files and rows", () => {
  it("refuses everything by default, listing every problem, and changes nothing", async () => {
    const before = await snapshotDatabaseWithValues();
    const error = await catchAppError(importOpenSdg(secretariat, source, params(uniqueCode("PART"), false)));
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.message).toMatch(/problems in the files; nothing was imported$/);
    expect(JSON.stringify(error.details)).toContain("data/indicator_4-1-1.csv is not text in an encoding the import can tell");
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("imports the rest on request, and lists what it left out with counts per reason", async () => {
    const frameworkCode = uniqueCode("PART");
    const dry = await importOpenSdg(secretariat, source, params(frameworkCode, true, true));
    const report = await importOpenSdg(secretariat, source, params(frameworkCode, true));
    expect({ ...dry, dryRun: false }).toEqual(report);
    expect(report.partial).toBe(true);
    expect(report.rows).toBe(ROWS);
    expect(report.values).toMatchObject({ created: 6, blank: 1, repeated: 1, total: 7 });
    expect(report.refused.byReason).toEqual({
      quarter: 1,
      "multi-year range": 1,
      "not a number": 1,
      "malformed line": 1,
      "not a year": 1,
      "unnamed column with data": 3,
      structure: 9,
      encoding: 0,
    });
    expect(report.refused.files.map((file) => [file.file, file.reason, file.rows])).toEqual([
      ["data/indicator_4-1-1.csv", "encoding", 0],
      ["data/indicator_2-1-1.csv", "unnamed column with data", 3],
      ["data/indicator_three one.csv", "structure", 9],
    ]);
    expect(report.refused.problems.map((problem) => [problem.file, problem.row])).toEqual([
      ["data/indicator_1-2-1.csv", 4],
      ["data/indicator_1-2-1.csv", 5],
      ["data/indicator_1-2-1.csv", 6],
      ["data/indicator_1-2-1.csv", 7],
      ["data/indicator_1-2-1.csv", 8],
    ]);
    expect(report.periods).toEqual({ rule: "last", mapped: 1 });
    expect(report.files.indicatorFiles).toBe(5);
    expectEveryRowAccountedFor(report);

    // Again: the imported values are approved, so what was imported is now unchanged.
    const again = await importOpenSdg(secretariat, source, params(frameworkCode, true));
    expect(again.values).toMatchObject({ created: 0, unchanged: 6 });
    expectEveryRowAccountedFor(again);
  });
});
