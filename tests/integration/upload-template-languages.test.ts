/**
 * The values template in the person's language (issue 13): instructions, the list's refusal,
 * indicator names, breakdowns, units and allowed values in Romanian or Russian, the column
 * headers and the sheet "Values" kept as the upload reads them, and a Romanian template filled
 * in with a decimal comma saved through the upload.
 */
import Papa from "papaparse";
import type ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { buildValuesTemplate } from "@/lib/uploads/build-values-template";
import { importValuesFile } from "@/lib/uploads/import-values-file";
import type { Locale } from "@/lib/i18n/locales";
import {
  buildIndicator,
  buildMonitoringFrameworkDefinition,
  createMonitoringMembers,
  createTestCycle,
  createTestWorkspace,
  findTestValue,
  snapshotDatabaseWithValues,
  uniqueCode,
  type MonitoringMembers,
} from "../fixtures/factories";
import { HEADER, loadXlsx, sheetRecords } from "../fixtures/spreadsheets";

let members: MonitoringMembers;
let target: { frameworkCode: string; year: number };
let framework: { versionId: string };

const CYRILLIC = /[\u0400-\u04FF]/;

beforeAll(async () => {
  const { workspaceId } = await createTestWorkspace();
  members = await createMonitoringMembers(workspaceId);
  // The monitoring matrix with area A1 made of what this file checks (A2 is other institutions').
  const definition = buildMonitoringFrameworkDefinition(uniqueCode("TL"));
  definition.areas[0]!.indicators = [
    buildIndicator("A1.1", "NUMBER", {
      name: "Persons employed",
      // Not persons: a count of persons has no fractions, and the round trip types 12,5.
      unit: "tonnes",
      nameTranslations: { ro: "Persoane angajate", ru: "Занятые лица" },
      unitTranslations: { ro: "tone", ru: "тонн" },
    }),
    buildIndicator("A1.2", "NUMBER", {
      name: "Share of returns",
      unit: "tonnes",
      lowerLimit: 0,
      upperLimit: 12.5,
      baseline: { year: 2016, value: 5 },
      targets: [{ year: 2025, value: 10, isFinal: true }],
    }),
    buildIndicator("A1.4", "LEVELS"),
    buildIndicator("A1.6", "NUMBER", { unit: "tonnes", dimensions: ["SEX"] }),
  ];
  ({ target, framework } = await createTestCycle(workspaceId, members.secretariat, { definition }));
  await saveCycleValues(members.mlsp, target, [{ indicator: "A1.6", disaggregation: "SEX=F", value: 2.5 }]);
});

async function workbookIn(locale: Locale) {
  const workbook = await loadXlsx((await buildValuesTemplate(members.mlsp, target, "xlsx", locale)).body);
  const sheet = workbook.getWorksheet("Values")!;
  const records = sheetRecords(sheet);
  const line = (indicator: string, breakdown = "") =>
    records.find(({ record }) => record.indicator === indicator && (record.breakdown ?? "") === breakdown)!;
  const instructions = workbook.worksheets[1]!.getColumn(1)
    .values.filter((value): value is string => typeof value === "string")
    .join("\n");
  return { workbook, sheet, line, instructions };
}

const valueColumn = HEADER.indexOf("value") + 1;

describe("the template in Romanian", () => {
  it("has Romanian instructions and names, the matrix's Romanian texts, and the upload's codes kept", async () => {
    const { workbook, sheet, line, instructions } = await workbookIn("ro");
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual(["Values", "Instrucțiuni"]);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    for (const phrase of [
      "Cum se completează acest fișier",
      "numai în coloana „value”",
      "12,5 sau 12.5",
      "rămân în engleză",
      "Verifică fișierul",
    ]) {
      expect(instructions).toContain(phrase);
    }
    expect(instructions).toContain(`(${target.frameworkCode}), 2025: valorile instituției`);

    expect(line("A1.1").record).toMatchObject({
      indicator_name: "Persoane angajate",
      unit: "tone",
      allowed_values: "număr, cel puțin 0",
    });
    // No Romanian name: the main text stands in, as on the pages.
    expect(line("A1.2").record).toMatchObject({ indicator_name: "Share of returns", unit: "tonnes", allowed_values: "număr 0–12,5" });
    expect(line("A1.6").record).toMatchObject({ breakdown: "", breakdown_label: "Total" });
    // The value the entry form writes "2,5" in Romanian stays the number 2.5 in the cell.
    expect(line("A1.6", "SEX=F").record).toMatchObject({ value: 2.5 });

    expect(sheet.getCell(line("A1.4").line, valueColumn).dataValidation).toMatchObject({
      type: "list",
      formulae: ['"none,initiated,advanced,completed"'],
      errorTitle: "Nu este unul dintre niveluri",
      error: "Alegeți unul dintre: none, initiated, advanced, completed",
    });
  });

  it("filled in with a decimal comma, is saved by the upload", async () => {
    const { workbook, sheet, line } = await workbookIn("ro");
    sheet.getCell(line("A1.1").line, valueColumn).value = "12,5";
    sheet.getCell(line("A1.2").line, valueColumn).value = "7,25";
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const file = { fileName: "valori.xlsx", bytes };

    const before = await snapshotDatabaseWithValues();
    expect(await importValuesFile(members.mlsp, target, file, { dryRun: true })).toMatchObject({ created: 2, updated: 0, unchanged: 4 });
    expect(await snapshotDatabaseWithValues()).toEqual(before);

    expect(await importValuesFile(members.mlsp, target, file)).toMatchObject({ dryRun: false, created: 2, updated: 0, unchanged: 4 });
    expect(await findTestValue(framework, "A1.1")).toMatchObject({ number: 12.5, status: "DRAFT" });
    expect(await findTestValue(framework, "A1.2")).toMatchObject({ number: 7.25 });
    expect(await findTestValue(framework, "A1.6", 2025, "SEX=F")).toMatchObject({ number: 2.5, version: 1 });
  });
});

describe("the template in Russian", () => {
  it("has Cyrillic instructions, names and list refusal", async () => {
    const { workbook, sheet, line, instructions } = await workbookIn("ru");
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual(["Values", "Инструкция"]);
    expect(instructions).toContain("Как заполнить этот файл");
    expect(instructions).toContain("12,5 или 12.5");
    expect(line("A1.1").record).toMatchObject({ indicator_name: "Занятые лица", unit: "тонн", allowed_values: "число, не менее 0" });
    expect(line("A1.6").record.breakdown_label).toBe("Итого");
    const validation = sheet.getCell(line("A1.4").line, valueColumn).dataValidation as ExcelJS.DataValidation;
    expect(validation.errorTitle).toMatch(CYRILLIC);
    expect(validation.error).toMatch(CYRILLIC);
  });

  it("as CSV, keeps the English column names and writes the Russian names", async () => {
    const text = new TextDecoder("utf-8").decode((await buildValuesTemplate(members.mlsp, target, "csv", "ru")).body);
    // TextDecoder drops the byte-order mark.
    expect(text.split("\r\n")[0]).toBe(HEADER.join(","));
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.data.find((record) => record.indicator === "A1.1")).toMatchObject({
      indicator_name: "Занятые лица",
      allowed_values: "число, не менее 0",
    });
  });
});
