/**
 * The working-group report and the data files in the language chosen at export (issue 13):
 * texts, numbers and dates in that language, the matrix's translated names with † where a
 * translation is missing, Noto Sans for Romanian and Cyrillic letters; and the open year marked
 * provisional with its coverage (issue 14, trap 1).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { exportFramework } from "@/lib/exports/export-framework";
import type { ExportFormat } from "@/lib/exports/export-formats";
import type { Locale } from "@/lib/i18n/locales";
import { frameworkExportParamsSchema } from "@/lib/jobs/job-kinds";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { submitCycleValues } from "@/lib/monitoring/submit-cycle-values";
import { loadReport } from "@/lib/reports/load-report";
import { csvRecords, decodeUtf8, readPdf, ROMANIAN_COMMENT, unzipEntries } from "../fixtures/export-files";
import {
  buildIndicator,
  buildMonitoringFrameworkDefinition,
  createMonitoringMembers,
  createTestCycle,
  createTestValues,
  createTestWorkspace,
  type MonitoringMembers,
} from "../fixtures/factories";
import { loadXlsx } from "../fixtures/spreadsheets";
import { IMPLEMENTATION_LEVELS } from "@/lib/frameworks/builtin/scales";

const RO_NAME = "Lucrători migranți înregistrați";
const RU_NAME = "Зарегистрированные трудовые мигранты";
const RO_FRAMEWORK = "Cadrul de monitorizare a migrației";

let members: MonitoringMembers;
let frameworkCode: string;

beforeAll(async () => {
  const { workspaceId } = await createTestWorkspace();
  members = await createMonitoringMembers(workspaceId);
  const definition = buildMonitoringFrameworkDefinition();
  definition.nameTranslations = { ro: RO_FRAMEWORK };
  definition.areas[0]!.indicators![0] = buildIndicator("A1.1", "NUMBER", {
    nameTranslations: { ro: RO_NAME, ru: RU_NAME },
    unitTranslations: { ro: "persoane" },
  });
  // One level translated, the others not: the report shows the translation or the English label marked †.
  definition.areas[0]!.indicators![3] = buildIndicator("A1.4", "LEVELS", {
    levels: IMPLEMENTATION_LEVELS.map((level) => (level.code === "advanced" ? { ...level, labelTranslations: { ro: "Avansat" } } : level)),
  });
  const { framework, target } = await createTestCycle(workspaceId, members.secretariat, { definition, year: 2025 });
  frameworkCode = framework.code;
  await createTestValues([
    { indicatorId: framework.indicatorIds.get("A1.1")!, year: 2024, number: 1234.5, comment: ROMANIAN_COMMENT },
    { indicatorId: framework.indicatorIds.get("A1.2")!, year: 2024, number: 45 },
    { indicatorId: framework.indicatorIds.get("A1.4")!, year: 2023, levelCode: "initiated" },
    { indicatorId: framework.indicatorIds.get("A1.4")!, year: 2024, levelCode: "advanced" },
  ]);
  await saveCycleValues(members.mlsp, target, [{ indicator: "A1.1", value: 1500 }]);
  await submitCycleValues(members.mlsp, target);
});

function exportAs(format: ExportFormat, locale: Locale, year = 2025) {
  return exportFramework(members.secretariat, {
    frameworkCode,
    format,
    year,
    includeProvisional: true,
    dataset: "values",
    locale,
  });
}

describe("the report in another language", () => {
  it("marks the open year provisional with its coverage, in every language, and not a closed one", async () => {
    const english = await loadReport(members.secretariat, frameworkCode, { year: 2025, includeProvisional: true });
    expect(english.provisionalNote).toBe(
      "2025 is provisional: its reporting cycle is still open and 1 of 8 indicators have been reported so far. Its figures will change.",
    );
    const romanian = await loadReport(members.secretariat, frameworkCode, { year: 2025, includeProvisional: true }, "ro");
    expect(romanian.provisionalNote).toContain("a fost raportat 1 din 8 indicatori");
    // 2024 has no cycle, let alone an open one.
    expect((await loadReport(members.secretariat, frameworkCode, { year: 2024, includeProvisional: true })).provisionalNote).toBeNull();
  });

  it("Romanian model: sections, labels, statuses and numbers in Romanian; a translated name used, the others marked †", async () => {
    const model = await loadReport(members.secretariat, frameworkCode, { year: 2024, includeProvisional: true }, "ro");
    expect(model.title).toBe("Raportul grupului de lucru 2024");
    expect(model.labels.contents).toBe("Cuprins");
    const a1 = model.areas.find((area) => area.code === "A1")!;
    const translated = a1.indicators.find((indicator) => indicator.code === "A1.1")!;
    expect(translated.name).toBe(RO_NAME);
    // A dot between thousands and a decimal comma; two decimals, as the indicator sets none.
    // The unit in Romanian too.
    expect(translated.value).toBe("1.234,50 persoane");
    expect(translated.comment).toBe(ROMANIAN_COMMENT);
    expect(translated.target).toBe("200 persoane până în 2025");
    expect(a1.indicators.find((indicator) => indicator.code === "A1.2")!.name).toBe("Indicator A1.2 †");
    // The framework's name translated; the area's name and an untranslated level label marked.
    expect(model.frameworkName).toBe(RO_FRAMEWORK);
    expect(a1.name).toBe("Labour †");
    const levels = a1.indicators.find((indicator) => indicator.code === "A1.4")!;
    expect(levels.value).toBe("Avansat");
    expect(levels.trend).toContain("Initiated †");
    expect(levels.target).toBe("Completed † până în 2025");
    expect(model.fallbackNote).toContain("†");
    expect(model.methodology[0]).toMatch(/^Valori\./);
  });

  it("Romanian Word: Romanian headings, ș and ț with the comma below and never the cedilla, Noto Sans named and embedded", async () => {
    const file = await exportAs("docx", "ro");
    const entries = unzipEntries(file.bytes);
    const document = decodeUtf8(entries["word/document.xml"]!);
    for (const text of ["1. Rezumat", "Notă metodologică", "Puncte deschise", RO_NAME]) expect(document).toContain(text);
    const footer = Object.keys(entries).find((path) => /^word\/footer\d*\.xml$/.test(path))!;
    expect(decodeUtf8(entries[footer]!)).toMatch(/Pagina .*PAGE.* din .*NUMPAGES/);
    expect(document).toContain("\u0219"); // ș
    expect(document).toContain("\u021B"); // ț
    expect(document).not.toMatch(/[\u015E\u015F\u0162\u0163]/); // ş ţ Ş Ţ
    expect(decodeUtf8(entries["word/fontTable.xml"]!)).toContain("Noto Sans");
    expect(Object.keys(entries).some((path) => path.startsWith("word/fonts/"))).toBe(true);
    expect(decodeUtf8(entries["word/styles.xml"]!)).toContain('w:lang w:val="ro-RO"');
  });

  it("Russian PDF: Cyrillic headings, page numbers and the translated name as text, with Noto Sans embedded", async () => {
    const file = await exportAs("pdf", "ru");
    const pdf = await readPdf(file.bytes);
    const all = pdf.pages.join("\n");
    for (const text of ["Содержание", "1. Резюме", "Показатели, отстающие от плана", "Методологическое примечание", RU_NAME])
      expect(all).toContain(text);
    expect(all).toContain("2025 год предварительный");
    expect(pdf.pages[1]).toContain(`Страница 2 из ${pdf.pages.length}`);
    expect(pdf.outline[0]).toEqual({ title: "Содержание", page: 2 });
    expect(Buffer.from(file.bytes).toString("latin1")).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans/);
  });
});

describe("the data files in another language", () => {
  it("CSV: Romanian headers and statuses; codes and numbers unchanged", async () => {
    const records = csvRecords(decodeUtf8((await exportAs("csv", "ro")).bytes));
    const row = records.find((record) => record.Indicator === "A1.1" && record.An === "2024")!;
    expect(row).toMatchObject({ "Cadru de indicatori": frameworkCode, Valoare: "1234.5", Statut: "Aprobat" });
    expect(records.find((record) => record.Indicator === "A1.1" && record.An === "2025")!.Statut).toBe("Transmis");
  });

  it("CSV: names, units, levels and the breakdown in Romanian where translated, else the main text unmarked", async () => {
    const records = csvRecords(decodeUtf8((await exportAs("csv", "ro")).bytes));
    const translated = records.find((record) => record.Indicator === "A1.1" && record.An === "2024")!;
    expect(translated).toMatchObject({ "Denumirea indicatorului": RO_NAME, Unitate: "persoane", Dezagregare: "Total" });
    expect(translated["Valoare afișată"]).toBe("1.234,50 persoane");
    const untranslated = records.find((record) => record.Indicator === "A1.2" && record.An === "2024")!;
    expect(untranslated["Denumirea indicatorului"]).toBe("Indicator A1.2");
    expect(untranslated["Denumirea domeniului"]).toBe("Labour");
    const level = records.find((record) => record.Indicator === "A1.4" && record.An === "2024")!;
    expect(level).toMatchObject({ Valoare: "advanced", "Valoare afișată": "Avansat" });
  });

  it("Excel: the matrix sheet names the indicator in the chosen language; JSON keeps the main names", async () => {
    const workbook = await loadXlsx((await exportAs("xlsx", "ro")).bytes);
    const sheet = workbook.worksheets[0]!;
    const names: unknown[] = [];
    sheet.eachRow((row) => names.push(row.getCell(2).value));
    expect(names).toContain(RO_NAME);
    expect(names).not.toContain("Indicator A1.1");
    const json = JSON.parse(decodeUtf8((await exportAs("json", "ro")).bytes)) as {
      framework: { name: string };
      values: { indicator: string; unit: string | null }[];
    };
    expect(json.framework.name).not.toBe(RO_FRAMEWORK);
    expect(json.values.find((row) => row.indicator === "A1.1")!.unit).toBe("persons");
  });

  it("Excel: sheet names and headers in Russian", async () => {
    const workbook = await loadXlsx((await exportAs("xlsx", "ru")).bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Матрица", "Значения", "Оценки по областям"]);
    expect(workbook.getWorksheet("Матрица")!.getRow(1).getCell(2).value).toBe("Показатель");
  });

  it("an export asks for one of the five languages: English by default, another code refused", () => {
    const base = { frameworkCode: "DMD", format: "csv" };
    expect(frameworkExportParamsSchema.parse(base).locale).toBe("en");
    expect(frameworkExportParamsSchema.parse({ ...base, locale: "ro" }).locale).toBe("ro");
    expect(frameworkExportParamsSchema.safeParse({ ...base, locale: "de" }).success).toBe(false);
    expect(frameworkExportParamsSchema.safeParse({ ...base, locale: "ro-MD" }).success).toBe(false);
  });
});
