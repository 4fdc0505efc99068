/**
 * The values template a focal point downloads (lib/uploads/build-values-template.ts): one row
 * per value their own institution is expected to report in the cycle, current values filled
 * in, every text neutralized against formula injection; as an Excel workbook and as CSV.
 */
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { buildValuesTemplate } from "@/lib/uploads/build-values-template";
import {
  catchAppError,
  createMonitoringMembers,
  createTestCycle,
  createTestWorkspace,
  type MonitoringMembers,
} from "../fixtures/factories";
import { HEADER, loadXlsx, sheetRecords } from "../fixtures/spreadsheets";
import { buildUploadFrameworkDefinition } from "../fixtures/upload-framework";

let members: MonitoringMembers;
let target: { frameworkCode: string; year: number };

const EXPECTED_ROWS = [
  ["A1.1", ""],
  ["A1.2", ""],
  ["A1.3", ""],
  ["A1.4", ""],
  ["A1.5", ""],
  ["A1.6", ""],
  ["A1.6", "SEX=F"],
  ["A1.6", "SEX=M"],
];

beforeAll(async () => {
  const { workspaceId } = await createTestWorkspace();
  members = await createMonitoringMembers(workspaceId);
  ({ target } = await createTestCycle(workspaceId, members.secretariat, { definition: buildUploadFrameworkDefinition() }));
  await saveCycleValues(members.mlsp, target, [
    { indicator: "A1.1", value: 1250, comment: "@home office count", source: "Labour survey" },
    { indicator: "A1.4", value: "initiated" },
    { indicator: "A1.5", value: "-3 offices closed; ședința din Iași" },
    { indicator: "A1.6", disaggregation: "SEX=F", value: "40", evidenceUrl: "https://example.org/f" },
  ]);
  await saveCycleValues(members.mfa, target, [{ indicator: "A2.1", value: 99 }]);
});

describe("the Excel template", () => {
  it("holds the expected rows of the person's own institution only, with the current values and the cycle's year", async () => {
    const template = await buildValuesTemplate(members.mlsp, target, "xlsx");
    expect(template.fileName).toBe(`${target.frameworkCode}-2025-MLSP-values.xlsx`);
    expect(template.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    const workbook = await loadXlsx(template.body);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Values", "Instructions"]);
    const sheet = workbook.getWorksheet("Values")!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    const records = sheetRecords(sheet).map(({ record }) => record);
    expect(records.map((record) => [record.indicator, record.breakdown ?? ""])).toEqual(EXPECTED_ROWS);
    expect(records.every((record) => record.year === 2025)).toBe(true);

    const row = (indicator: string, breakdown = "") =>
      records.find((record) => record.indicator === indicator && (record.breakdown ?? "") === breakdown)!;
    expect(row("A1.1")).toMatchObject({
      value: 1250,
      comment: "'@home office count",
      source: "Labour survey",
      unit: "persons",
      allowed_values: "number, at least 0",
    });
    expect(row("A1.2")).toMatchObject({
      value: null,
      unit: "%",
      allowed_values: "number 0-100",
      indicator_name: "Ponderea migranților în județe",
    });
    expect(row("A1.3")).toMatchObject({ value: null, allowed_values: "yes / no" });
    expect(row("A1.4")).toMatchObject({ value: "initiated", allowed_values: "none (Not started) / initiated / advanced / completed" });
    expect(row("A1.5")).toMatchObject({ value: "'-3 offices closed; ședința din Iași", allowed_values: "text" });
    expect(row("A1.6", "SEX=F")).toMatchObject({ value: 40, breakdown_label: "Female", evidence_url: "https://example.org/f" });
    expect(row("A1.6", "SEX=M")).toMatchObject({ value: null, breakdown_label: "Male" });
    expect(row("A1.6")).toMatchObject({ breakdown_label: "Total" });
  });

  it("neutralizes indicator names that a spreadsheet would run as formulas", async () => {
    const workbook = await loadXlsx((await buildValuesTemplate(members.mlsp, target, "xlsx")).body);
    const first = sheetRecords(workbook.getWorksheet("Values")!)[0]!;
    expect(first.record.indicator_name).toBe(`'=HYPERLINK("http://evil.example","Persons employed")`);
    // Stored as a plain text cell, not as a formula.
    expect(workbook.getWorksheet("Values")!.getCell(first.line, 2).formula).toBeUndefined();
  });

  it("freezes a bold header, greys the columns not to change, offers the levels as a list and explains how to fill it", async () => {
    const workbook = await loadXlsx((await buildValuesTemplate(members.mlsp, target, "xlsx")).body);
    const sheet = workbook.getWorksheet("Values")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getRow(1).font?.bold ?? sheet.getCell(1, 1).font?.bold).toBe(true);
    const column = (name: string) => HEADER.indexOf(name as (typeof HEADER)[number]) + 1;
    const grey = (line: number, name: string) =>
      (sheet.getCell(line, column(name)).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
    for (const name of ["indicator", "indicator_name", "breakdown", "unit", "allowed_values"]) expect(grey(2, name)).toBe("FFE5E7EB");
    expect(grey(2, "value")).toBeUndefined();
    expect(sheet.getColumn(column("indicator_name")).width).toBeGreaterThan(30);

    const levelsLine = sheetRecords(sheet).find(({ record }) => record.indicator === "A1.4")!.line;
    expect(sheet.getCell(levelsLine, column("value")).dataValidation).toMatchObject({
      type: "list",
      formulae: ['"none,initiated,advanced,completed"'],
    });
    const yesNoLine = sheetRecords(sheet).find(({ record }) => record.indicator === "A1.3")!.line;
    expect(sheet.getCell(yesNoLine, column("value")).dataValidation).toMatchObject({ type: "list", formulae: ['"no,yes"'] });

    const instructions = workbook
      .getWorksheet("Instructions")!
      .getColumn(1)
      .values.filter((value): value is string => typeof value === "string")
      .join("\n");
    for (const phrase of [
      "only in the column “value”",
      "decimal comma",
      "Do not change the grey columns",
      "all-or-nothing",
      "Check the file",
    ]) {
      expect(instructions).toContain(phrase);
    }
  });

  it("gives an institution without indicators in the framework a template with the header only", async () => {
    const workbook = await loadXlsx((await buildValuesTemplate(members.nbs, target, "xlsx")).body);
    expect(sheetRecords(workbook.getWorksheet("Values")!)).toEqual([]);
  });
});

describe("the CSV template", () => {
  it("is UTF-8 with a byte-order mark, comma-separated, with the same rows and neutralized texts", async () => {
    const template = await buildValuesTemplate(members.mlsp, target, "csv");
    expect(template.fileName).toBe(`${target.frameworkCode}-2025-MLSP-values.csv`);
    expect(template.contentType).toBe("text/csv; charset=utf-8");
    expect([...template.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const text = new TextDecoder("utf-8").decode(template.body);
    expect(text.split("\r\n")[0]).toBe(HEADER.join(","));
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((record) => [record.indicator, record.breakdown])).toEqual(EXPECTED_ROWS);
    const first = parsed.data[0]!;
    expect(first).toMatchObject({
      indicator_name: `'=HYPERLINK("http://evil.example","Persons employed")`,
      value: "1250",
      comment: "'@home office count",
      year: "2025",
    });
    expect(parsed.data[1]!.indicator_name).toBe("Ponderea migranților în județe");
    expect(parsed.data[4]!.value).toBe("'-3 offices closed; ședința din Iași");
    expect(parsed.data[6]!.value).toBe("40");
  });
});

describe("who may download it", () => {
  it("refuses roles that do not enter values", async () => {
    for (const who of ["viewer", "secretariat", "workingGroup", "admin"] as const) {
      const error = await catchAppError(buildValuesTemplate(members[who], target, "xlsx"));
      expect(error.code).toBe("FORBIDDEN");
    }
  });

  it("answers NOT_FOUND for a cycle that does not exist", async () => {
    const error = await catchAppError(buildValuesTemplate(members.mlsp, { frameworkCode: target.frameworkCode, year: 2019 }, "csv"));
    expect(error.code).toBe("NOT_FOUND");
  });
});
