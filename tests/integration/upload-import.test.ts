/**
 * Importing a filled-in values file (lib/uploads/import-values-file.ts): the template goes
 * out, comes back with values, is checked (a dry run that changes nothing) and imported with
 * audit events; every problem is reported at the file's line and column, and a refused file
 * changes nothing at all.
 */
import type ExcelJS from "exceljs";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { submitCycleValues } from "@/lib/monitoring/submit-cycle-values";
import { buildValuesTemplate } from "@/lib/uploads/build-values-template";
import { importValuesFile } from "@/lib/uploads/import-values-file";
import {
  catchAppError,
  createMonitoringMembers,
  createTestCycle,
  createTestWorkspace,
  findTestValue,
  snapshotDatabaseWithValues,
  type MonitoringMembers,
} from "../fixtures/factories";
import { buildXlsx, csvBytes, fileRow, HEADER, loadXlsx, sheetRecords } from "../fixtures/spreadsheets";
import { buildUploadFrameworkDefinition } from "../fixtures/upload-framework";

type Target = { frameworkCode: string; year: number };
type Framework = { versionId: string };

let members: MonitoringMembers;

async function newCycle(): Promise<{ target: Target; framework: Framework }> {
  const { workspaceId } = await createTestWorkspace();
  members = await createMonitoringMembers(workspaceId);
  const { target, framework } = await createTestCycle(workspaceId, members.secretariat, { definition: buildUploadFrameworkDefinition() });
  return { target, framework };
}

/** Downloads the Excel template, lets `fill` change cells by (indicator, breakdown, column), and returns the file. */
async function filledTemplate(
  target: Target,
  fill: (set: (indicator: string, breakdown: string, column: string, value: ExcelJS.CellValue) => void) => void,
) {
  const workbook = await loadXlsx((await buildValuesTemplate(members.mlsp, target, "xlsx")).body);
  const sheet = workbook.getWorksheet("Values")!;
  const records = sheetRecords(sheet);
  fill((indicator, breakdown, column, value) => {
    const found = records.find(({ record }) => record.indicator === indicator && (record.breakdown ?? "") === breakdown);
    if (!found) throw new Error(`No template row for ${indicator} ${breakdown}`);
    sheet.getCell(found.line, HEADER.indexOf(column as (typeof HEADER)[number]) + 1).value = value;
  });
  return { fileName: "filled.xlsx", bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) };
}

describe("a round trip through the Excel template", () => {
  let target: Target;
  let framework: Framework;

  beforeAll(async () => {
    ({ target, framework } = await newCycle());
    await saveCycleValues(members.mlsp, target, [
      { indicator: "A1.1", value: 1250, comment: "@home office count" },
      { indicator: "A1.5", value: "-3 offices closed" },
      { indicator: "A1.6", disaggregation: "SEX=F", value: 40 },
    ]);
  });

  it("checks without changing anything, then imports the values with their audit events", async () => {
    const file = await filledTemplate(target, (set) => {
      set("A1.2", "", "value", 42.5);
      set("A1.3", "", "value", "yes");
      set("A1.4", "", "value", "advanced");
      set("A1.6", "SEX=F", "value", 41);
      set("A1.6", "SEX=M", "value", "38");
      set("A1.6", "SEX=M", "comment", "Estimare; județul Iași");
      set("A1.6", "SEX=M", "evidence_url", "https://example.org/raport");
    });

    const before = await snapshotDatabaseWithValues();
    const check = await importValuesFile(members.mlsp, target, file, { dryRun: true });
    expect(check).toMatchObject({ dryRun: true, created: 4, updated: 1, deleted: 0, unchanged: 3 });
    expect(await snapshotDatabaseWithValues()).toEqual(before);

    const imported = await importValuesFile(members.mlsp, target, file);
    expect(imported).toMatchObject({ dryRun: false, created: 4, updated: 1, deleted: 0, unchanged: 3 });

    expect(await findTestValue(framework, "A1.2")).toMatchObject({ number: 42.5, status: "DRAFT" });
    expect(await findTestValue(framework, "A1.3")).toMatchObject({ levelCode: "yes" });
    expect(await findTestValue(framework, "A1.4")).toMatchObject({ levelCode: "advanced" });
    expect(await findTestValue(framework, "A1.6", 2025, "SEX=F")).toMatchObject({ number: 41, version: 2 });
    const male = await findTestValue(framework, "A1.6", 2025, "SEX=M");
    expect(male).toMatchObject({ number: 38, comment: "Estimare; județul Iași", evidenceUrl: "https://example.org/raport" });
    // The neutralized texts of the template came back as they were stored.
    expect(await findTestValue(framework, "A1.1")).toMatchObject({ number: 1250, comment: "@home office count", version: 1 });
    expect(await findTestValue(framework, "A1.5")).toMatchObject({ text: "-3 offices closed", version: 1 });

    const events = await db.auditEvent.findMany({
      where: { actorId: members.mlsp.user.id, entityType: "IndicatorValue", action: { in: ["value.created", "value.updated"] } },
    });
    expect(events.filter((event) => event.action === "value.created")).toHaveLength(3 + 4);
    expect(events.filter((event) => event.action === "value.updated").map((event) => event.summary)).toEqual([`A1.6 Female 2025: changed`]);
    expect(events.some((event) => event.entityId === male!.id)).toBe(true);

    // Uploading the same file again changes nothing.
    expect(await importValuesFile(members.mlsp, target, file)).toMatchObject({ created: 0, updated: 0, unchanged: 8 });
  });

  it("round-trips the CSV template too, and an emptied value clears that draft", async () => {
    const template = await buildValuesTemplate(members.mlsp, target, "csv");
    const parsed = Papa.parse<string[]>(new TextDecoder().decode(template.body), { skipEmptyLines: true });
    const rows = parsed.data;
    const valueColumn = HEADER.indexOf("value");
    const a12 = rows.find((row) => row[0] === "A1.2")!;
    a12[valueColumn] = "43,25";
    const a14 = rows.find((row) => row[0] === "A1.4")!;
    a14[valueColumn] = "";
    const file = { fileName: "filled.csv", bytes: csvBytes(Papa.unparse(rows, { delimiter: ";" })) };

    expect(await importValuesFile(members.mlsp, target, file)).toMatchObject({ created: 0, updated: 1, deleted: 1, unchanged: 6 });
    expect(await findTestValue(framework, "A1.2")).toMatchObject({ number: 43.25 });
    expect(await findTestValue(framework, "A1.4")).toBeNull();
  });
});

describe("refused files change nothing", () => {
  let target: Target;

  beforeAll(async () => {
    ({ target } = await newCycle());
    // Submitted values are locked for the focal point: an upload must not change them.
    await saveCycleValues(members.mlsp, target, [{ indicator: "A1.2", value: 50 }]);
    await submitCycleValues(members.mlsp, target);
  });

  async function refused(file: { fileName: string; bytes: Uint8Array }, access = members.mlsp) {
    const before = await snapshotDatabaseWithValues();
    const error = await catchAppError(importValuesFile(access, target, file));
    const dryRunError = await catchAppError(importValuesFile(access, target, file, { dryRun: true }));
    expect(dryRunError.message).toBe(error.message);
    expect(await snapshotDatabaseWithValues()).toEqual(before);
    return error;
  }

  it("reports every malformed cell at the file's line and column, and saves none of the good rows", async () => {
    const bytes = await buildXlsx([
      {
        name: "Values",
        rows: [
          HEADER,
          fileRow({ indicator: "A1.3", year: 2025, value: "yes" }),
          fileRow({ indicator: "A1.1", year: 2025, value: "a lot" }),
          [],
          fileRow({ indicator: "A1.5", year: 2025, value: "Adopted", evidence_url: "ftp://example.org/x" }),
          fileRow({ indicator: "A1.6", breakdown: "SEX=X", year: 2025, value: 3 }),
          fileRow({ indicator: "A1.4", year: 2024, value: "none" }),
          fileRow({ indicator: "A2.1", year: 2025, value: 7 }),
          fileRow({ indicator: "A1.2", year: 2025, value: 51 }),
          fileRow({ indicator: "A1.6", year: "twenty", value: 1 }),
        ],
      },
    ]);
    const error = await refused({ fileName: "values.xlsx", bytes });
    expect(error.code).toBe("UNPROCESSABLE");
    const rows = (error.details as { rows: { row: number; field: string; message: string }[] }).rows;
    expect(rows).toEqual([
      { row: 5, field: "evidence_url", message: "Give the evidence as a web address starting with https://" },
      { row: 10, field: "year", message: "The year must be a number" },
    ]);
  });

  it("reports every refused value at the file's line, in the file's column names", async () => {
    const bytes = await buildXlsx([
      {
        name: "Values",
        rows: [
          HEADER,
          fileRow({ indicator: "A1.3", year: 2025, value: "yes" }),
          fileRow({ indicator: "A1.1", year: 2025, value: "a lot" }),
          [],
          fileRow({ indicator: "A1.6", breakdown: "SEX=X", year: 2025, value: 3 }),
          fileRow({ indicator: "A1.4", year: 2024, value: "none" }),
          fileRow({ indicator: "A2.1", year: 2025, value: 7 }),
          fileRow({ indicator: "A1.2", year: 2025, value: 51 }),
        ],
      },
    ]);
    const planned = await refused({ fileName: "values.xlsx", bytes });
    expect(planned.code).toBe("UNPROCESSABLE");
    expect(planned.message).toBe("5 rows have problems; nothing was saved");
    expect((planned.details as { rows: unknown[] }).rows).toEqual([
      { row: 3, field: "value", message: "Enter a number, e.g. 1250 or 12.5" },
      { row: 5, field: "breakdown", message: "Sex has no member “X”; use one of: F, M" },
      { row: 6, field: "year", message: "The year 2024 is outside the 2025 cycle" },
      { row: 7, field: "indicator", message: "Indicator A2.1 is reported by MFA, not by MLSP" },
      { row: 8, field: "value", message: "This value is submitted and awaits review; ask the secretariat to return it to change it" },
    ]);
    expect(planned.fieldErrors).toMatchObject({ "3.value": ["Enter a number, e.g. 1250 or 12.5"], "5.breakdown": [expect.any(String)] });
  });

  it("refuses a damaged workbook", async () => {
    const bytes = await buildXlsx([{ name: "Values", rows: [HEADER, fileRow({ indicator: "A1.3", value: "yes" })] }]);
    const error = await refused({ fileName: "values.xlsx", bytes: bytes.slice(0, 200) });
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: "The file is not a readable Excel workbook (.xlsx) or CSV file" });
  });

  it("refuses a file with a wrong column", async () => {
    const header = HEADER.map((column) => (column === "value" ? "valeur" : column));
    const error = await refused({ fileName: "values.csv", bytes: csvBytes(`${header.join(",")}\r\nA1.3,,,,,,2025,yes,,,\r\n`) });
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain('Unknown column "valeur"; the columns are: indicator, indicator_name');
  });

  it("refuses another institution's indicator at its row", async () => {
    const file = { fileName: "values.csv", bytes: csvBytes(`${HEADER.join(",")}\r\nA1.3,,,,,,2025,yes,,,\r\nA2.1,,,,,,2025,12,,,\r\n`) };
    const error = await refused(file);
    expect((error.details as { rows: unknown[] }).rows).toEqual([
      { row: 3, field: "indicator", message: "Indicator A2.1 is reported by MFA, not by MLSP" },
    ]);
  });

  it("refuses roles that do not enter values before reading the file", async () => {
    for (const who of ["viewer", "secretariat"] as const) {
      const error = await refused({ fileName: "values.xlsx", bytes: Uint8Array.from([1, 2, 3]) }, members[who]);
      expect(error.code).toBe("FORBIDDEN");
    }
  });
});
