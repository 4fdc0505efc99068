/**
 * exportFramework in every data format and both report formats, against a real database:
 * what each file holds, that texts cannot run as formulas, that SDMX-CSV follows the 2.0
 * field guide, that the report's contents point at the right pages, and that a file holds
 * only what its reader may see.
 */
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { TIDY_COLUMNS } from "@/lib/exports/build-tidy-rows";
import type { Locale } from "@/lib/i18n/locales";
import { exportFramework } from "@/lib/exports/export-framework";
import type { ExportFormat } from "@/lib/exports/export-formats";
import { createJob } from "@/lib/jobs/create-job";
import { loadReport } from "@/lib/reports/load-report";
import {
  buildFrameworkDefinition,
  catchAppError,
  createMonitoringMembers,
  createTestFramework,
  createTestValues,
  createTestWorkspace,
  type MonitoringMembers,
} from "../fixtures/factories";
import {
  APPROVED_VALUE_COUNT,
  createExportFramework,
  createSdgStyleFramework,
  csvRecords,
  decodeUtf8,
  HYPERLINK_COMMENT,
  MFA_DRAFT_NUMBER,
  parseCsvRows,
  type PdfSummary,
  readPdf,
  RETURNED_NUMBER,
  ROMANIAN_COMMENT,
  ROMANIAN_TEXT,
  SUBMITTED_NUMBER,
  unzipEntries,
} from "../fixtures/export-files";
import { loadXlsx } from "../fixtures/spreadsheets";

let members: MonitoringMembers;
let code: string;
let sdgCode: string;

beforeAll(async () => {
  const { workspaceId } = await createTestWorkspace();
  members = await createMonitoringMembers(workspaceId);
  code = (await createExportFramework(workspaceId)).code;
  sdgCode = (await createSdgStyleFramework(workspaceId)).code;
});

type Options = {
  includeProvisional?: boolean;
  dataset?: "values" | "scores";
  frameworkCode?: string;
  from?: number;
  to?: number;
  locale?: Locale;
};

function exportAs(access: AccessContext, format: ExportFormat, options: Options = {}) {
  return exportFramework(access, {
    frameworkCode: options.frameworkCode ?? code,
    format,
    includeProvisional: options.includeProvisional ?? false,
    dataset: options.dataset ?? "values",
    from: options.from,
    to: options.to,
    locale: options.locale ?? "en",
  });
}

async function exportText(access: AccessContext, format: ExportFormat, options: Options = {}) {
  return decodeUtf8((await exportAs(access, format, options)).bytes);
}

const valueCells = (records: Record<string, string>[]) => records.map((record) => record.Value);

describe("CSV (tidy)", () => {
  it("starts with a byte-order mark, ends every line with CRLF and has the tidy columns as its header", async () => {
    const file = await exportAs(members.secretariat, "csv");
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    expect(file.fileName).toBe(`${code}-data-2022-2024.csv`);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = decodeUtf8(file.bytes);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(text.slice(1, text.indexOf("\r\n"))).toBe(TIDY_COLUMNS.map((column) => column.header).join(","));
    expect(csvRecords(text)).toHaveLength(APPROVED_VALUE_COUNT);
  });

  it("writes a formula-like comment as inert text, keeps negative numbers numbers and Romanian letters intact", async () => {
    const text = await exportText(members.secretariat, "csv");
    const records = csvRecords(text);
    const commented = records.find((record) => record.Indicator === "A1.1" && record.Year === "2023" && record.Breakdown === "Total")!;
    expect(commented.Comment).toBe(`'${HYPERLINK_COMMENT}`);
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);

    const balance = records.filter((record) => record.Indicator === "A1.3");
    expect(balance.map((record) => record.Value)).toEqual(["-1500", "-1200.5", "-900"]);
    expect(text).toMatch(/,-1200\.5,/);
    // What people read ("-1,500.0 persons") is a text, so it is neutralised like any other.
    expect(balance[0]!["Value as shown"]).toBe("'-1,500.0 persons");
    // No text cell anywhere can start a formula; only numbers may start with a minus.
    for (const record of records) {
      for (const cell of Object.values(record)) if (/^[=+\-@\t\r]/.test(cell)) expect(cell).toMatch(/^-\d+(\.\d+)?$/);
    }

    expect(records.find((record) => record.Indicator === "A1.2" && record.Year === "2024")!.Comment).toBe(ROMANIAN_COMMENT);
    expect(records.find((record) => record.Indicator === "A2.1")!.Value).toBe(ROMANIAN_TEXT);
    const breakdowns = records
      .filter((record) => record.Indicator === "A1.1" && record.Year === "2024")
      .map((record) => [record.Breakdown, record["Breakdown codes"], record.Value]);
    expect(breakdowns).toEqual([
      ["Total", "", "160"],
      ["Female", "SEX=F", "70"],
      ["Male", "SEX=M", "90"],
    ]);
  });

  it("leaves out a submitted value unless provisional values are asked for, and a returned value always", async () => {
    const approvedOnly = csvRecords(await exportText(members.secretariat, "csv"));
    expect(valueCells(approvedOnly)).not.toContain(String(SUBMITTED_NUMBER));
    expect(approvedOnly.every((record) => record.Status === "Approved")).toBe(true);

    const provisional = csvRecords(await exportText(members.secretariat, "csv", { includeProvisional: true }));
    expect(provisional).toHaveLength(APPROVED_VALUE_COUNT + 1);
    expect(provisional.find((record) => record.Value === String(SUBMITTED_NUMBER))).toMatchObject({
      Indicator: "A2.2",
      Year: "2024",
      Status: "Submitted",
    });
    expect(valueCells(provisional)).not.toContain(String(RETURNED_NUMBER));
    expect(valueCells(approvedOnly)).not.toContain(String(RETURNED_NUMBER));
  });

  it("keeps to the years asked for", async () => {
    const file = await exportAs(members.secretariat, "csv", { from: 2023, to: 2023 });
    expect(file.fileName).toBe(`${code}-data-2023.csv`);
    const years = new Set(csvRecords(decodeUtf8(file.bytes)).map((record) => record.Year));
    expect([...years]).toEqual(["2023"]);
  });
});

describe("Excel workbook", () => {
  it("has exactly the sheets Matrix, Values and Area scores, no formula anywhere, texts neutralised and numbers as numbers", async () => {
    const file = await exportAs(members.secretariat, "xlsx");
    expect(file.fileName).toBe(`${code}-data-2022-2024.xlsx`);
    const workbook = await loadXlsx(file.bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Matrix", "Values", "Area scores"]);

    let cells = 0;
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          cells += 1;
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula).toBeFalsy();
          if (typeof cell.value === "string") expect(cell.value).not.toMatch(/^[=+\-@]/);
        }),
      ),
    );
    expect(cells).toBeGreaterThan(100);
    // The stored sheets themselves: no formula element.
    for (const [path, bytes] of Object.entries(unzipEntries(file.bytes))) {
      if (path.startsWith("xl/worksheets/")) expect(decodeUtf8(bytes)).not.toMatch(/<f[ >]/);
    }

    const values = workbook.getWorksheet("Values")!;
    const header = (values.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    expect(header).toEqual(TIDY_COLUMNS.map((column) => column.header));
    const column = (name: string) => header.indexOf(name) + 1;
    const rows: ExcelJS.Row[] = [];
    values.eachRow((row, line) => line > 1 && rows.push(row));
    expect(rows).toHaveLength(APPROVED_VALUE_COUNT);
    const find = (indicator: string, year: number, breakdown = "Total") =>
      rows.find(
        (row) =>
          row.getCell(column("Indicator")).value === indicator &&
          row.getCell(column("Year")).value === year &&
          row.getCell(column("Breakdown")).value === breakdown,
      )!;
    const commented = find("A1.1", 2023).getCell(column("Comment")).value;
    expect(typeof commented).toBe("string");
    expect(commented).toBe(`'${HYPERLINK_COMMENT}`);
    expect(find("A1.1", 2023).getCell(column("Value")).value).toBe(140);
    expect(find("A1.3", 2023).getCell(column("Value")).value).toBe(-1200.5);
    expect(find("A1.1", 2024, "Female").getCell(column("Value")).value).toBe(70);
    expect(find("A1.2", 2024).getCell(column("Comment")).value).toBe(ROMANIAN_COMMENT);

    const matrix = workbook.getWorksheet("Matrix")!;
    const matrixHeader = (matrix.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    expect(matrixHeader.slice(6, 9)).toEqual(["2022", "2023", "2024"]);
    let balanceRow: ExcelJS.Row | undefined;
    matrix.eachRow((row) => {
      if (row.getCell(1).value === "A1.3") balanceRow = row;
    });
    expect([7, 8, 9].map((index) => balanceRow!.getCell(index).value)).toEqual([-1500, -1200.5, -900]);

    const scores = workbook.getWorksheet("Area scores")!;
    expect(scores.getColumn(1).values.slice(1)).toEqual(["Area", "A1", "A2", "_T"]);
  });
});

describe("JSON", () => {
  it("holds what was exported, every readable value with its breakdown, and the scores", async () => {
    const reports: [number, string][] = [];
    const file = await exportFramework(
      members.secretariat,
      { frameworkCode: code, format: "json", includeProvisional: false, dataset: "values", locale: "en" },
      (fraction, stage) => reports.push([fraction, stage.english]),
    );
    expect(reports[0]).toEqual([0.05, "Reading the data"]);
    expect(reports.map(([fraction]) => fraction)).toEqual([...reports.map(([fraction]) => fraction)].sort((a, b) => a - b));
    expect(file.contentType).toBe("application/json; charset=utf-8");
    const body = JSON.parse(decodeUtf8(file.bytes));
    expect(body).toMatchObject({
      framework: { code, name: `Diaspora matrix ${code}`, version: "1.0", scoringMethod: "NORMALISED_ACHIEVEMENT" },
      isDemoData: false,
      years: [2022, 2023, 2024],
      includesProvisionalValues: false,
    });
    expect(new Date(body.generatedAt).toISOString()).toBe(body.generatedAt);
    expect(body.values).toHaveLength(APPROVED_VALUE_COUNT);
    expect(body.values).toContainEqual({
      area: "A1",
      indicator: "A1.1",
      year: 2024,
      disaggregation: { SEX: "F" },
      value: 70,
      unit: "persons",
      status: "Approved",
      progressStatus: null,
      comment: null,
      source: null,
    });
    // JSON is data for programs: the comment as it was written.
    expect(
      body.values.find(
        (value: { indicator: string; year: number; disaggregation: unknown }) =>
          value.indicator === "A1.1" && value.year === 2023 && value.disaggregation === null,
      ).comment,
    ).toBe(HYPERLINK_COMMENT);
    // Two areas and the whole framework, for each of three years.
    expect(body.scores).toHaveLength(9);
    const overall = body.scores.filter((score: { area: string }) => score.area === "_T");
    expect(overall.map((score: { year: number }) => score.year)).toEqual([2022, 2023, 2024]);
    for (const score of overall) expect(score.score).toEqual(expect.any(Number));
  });
});

const SDMX_ID = /^[A-Za-z0-9_@$-]+$/;
const STRUCTURE_ID = /^[A-Za-z][A-Za-z0-9_@$-]*:[A-Za-z0-9_@$-]+\(\d+\.\d+(\.\d+)?\)$/;

/** The SDMX-CSV 2.0 rules that hold for any data set; returns the records and the dimension columns. */
function checkSdmxCsv(text: string, attributes: string[]) {
  expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  const [header, ...rows] = parseCsvRows(text);
  expect(header!.slice(0, 3)).toEqual(["STRUCTURE", "STRUCTURE_ID", "ACTION"]);
  const time = header!.indexOf("TIME_PERIOD");
  const measure = header!.indexOf("OBS_VALUE");
  expect(time).toBeGreaterThan(3);
  expect(measure).toBe(time + 1);
  const dimensions = header!.slice(3, time + 1);
  expect(header!.slice(measure + 1)).toEqual(attributes);
  for (const column of header!) expect(column).toMatch(SDMX_ID);
  expect(rows.length).toBeGreaterThan(0);
  const records = rows.map((row) => {
    expect(row).toHaveLength(header!.length);
    return Object.fromEntries(header!.map((name, index) => [name, row[index]!]));
  });
  for (const record of records) {
    expect(record.STRUCTURE).toBe("dataflow");
    expect(record.STRUCTURE_ID).toMatch(STRUCTURE_ID);
    expect(record.ACTION).toBe("I");
    for (const dimension of dimensions) expect(record[dimension]).toMatch(dimension === "TIME_PERIOD" ? /^\d{4}$/ : SDMX_ID);
    expect(record.OBS_VALUE).toMatch(/^-?\d+(\.\d+)?$/);
    expect(Number.isFinite(Number(record.OBS_VALUE))).toBe(true);
    expect(record.OBS_STATUS).toMatch(/^[AP]$/);
  }
  return { records, dimensions };
}

describe("SDMX-CSV 2.0", () => {
  it("values: dataflow rows, dimensions then TIME_PERIOD then OBS_VALUE, totals coded _T, no narrative texts", async () => {
    const file = await exportAs(members.secretariat, "sdmx-csv");
    expect(file.contentType).toBe("application/vnd.sdmx.data+csv; version=2.0.0; charset=utf-8");
    expect(file.fileName).toBe(`${code}-values-sdmx-2022-2024.csv`);
    const { records, dimensions } = checkSdmxCsv(decodeUtf8(file.bytes), ["UNIT_MEASURE", "OBS_STATUS", "VALUE_LEVEL", "COMMENT_OBS"]);
    expect(dimensions).toEqual(["REF_AREA", "INDICATOR", "SEX", "TIME_PERIOD"]);
    for (const record of records) {
      expect(record.STRUCTURE_ID).toBe(`CAPACITAS:DF_${code}(1.0)`);
      expect(record.REF_AREA).toBe("_Z");
      expect(record.UNIT_MEASURE).toMatch(SDMX_ID);
      if (record.VALUE_LEVEL !== "") expect(record.VALUE_LEVEL).toMatch(SDMX_ID);
      expect(record.OBS_STATUS).toBe("A");
    }
    const employed = records
      .filter((record) => record.INDICATOR === "A1_1" && record.TIME_PERIOD === "2024")
      .map((record) => [record.SEX, record.OBS_VALUE]);
    expect(employed).toEqual([
      ["_T", "160"],
      ["F", "70"],
      ["M", "90"],
    ]);
    expect(records.filter((record) => record.INDICATOR === "A1_3").map((record) => record.OBS_VALUE)).toEqual(["-1500", "-1200.5", "-900"]);
    const level = records.find((record) => record.INDICATOR === "A1_2" && record.TIME_PERIOD === "2024")!;
    expect(level).toMatchObject({ SEX: "_T", UNIT_MEASURE: "SCORE", VALUE_LEVEL: "advanced", COMMENT_OBS: ROMANIAN_COMMENT });
    expect(Number(level.OBS_VALUE)).toBeCloseTo(2 / 3, 10);
    expect(records.find((record) => record.INDICATOR === "A1_1" && record.TIME_PERIOD === "2023" && record.SEX === "_T")!.COMMENT_OBS).toBe(
      `'${HYPERLINK_COMMENT}`,
    );
    expect(records.some((record) => record.INDICATOR === "A2_1")).toBe(false);
    expect(records).toHaveLength(APPROVED_VALUE_COUNT - 1);
  });

  it("values with provisional ones: the submitted value is marked P", async () => {
    const { records } = checkSdmxCsv(await exportText(members.secretariat, "sdmx-csv", { includeProvisional: true }), [
      "UNIT_MEASURE",
      "OBS_STATUS",
      "VALUE_LEVEL",
      "COMMENT_OBS",
    ]);
    expect(
      records.filter((record) => record.OBS_STATUS === "P").map((record) => [record.INDICATOR, record.TIME_PERIOD, record.OBS_VALUE]),
    ).toEqual([["A2_2", "2024", String(SUBMITTED_NUMBER)]]);
  });

  it("scores: a series per framework, COMPOSITE_BREAKDOWN by area with _T for the overall score", async () => {
    const file = await exportAs(members.secretariat, "sdmx-csv", { dataset: "scores" });
    expect(file.fileName).toBe(`${code}-scores-sdmx-2022-2024.csv`);
    const { records, dimensions } = checkSdmxCsv(decodeUtf8(file.bytes), [
      "UNIT_MEASURE",
      "OBS_STATUS",
      "SCORE_CATEGORY",
      "INDICATORS_COUNTED",
    ]);
    expect(dimensions).toEqual(["REF_AREA", "SERIES", "COMPOSITE_BREAKDOWN", "TIME_PERIOD"]);
    for (const record of records) {
      expect(record.STRUCTURE_ID).toBe(`CAPACITAS:DF_${code}_SCORES(1.0)`);
      expect(record.SERIES).toBe(`${code}_AREA_SCORE`);
      expect(record.UNIT_MEASURE).toBe("PT");
      expect(record.SCORE_CATEGORY).toBe("");
      expect(record.INDICATORS_COUNTED).toMatch(/^\d+$/);
    }
    expect(records.filter((record) => record.COMPOSITE_BREAKDOWN === "_T").map((record) => record.TIME_PERIOD)).toEqual([
      "2022",
      "2023",
      "2024",
    ]);
  });

  it("scores of an SDG 10.7.2 framework: series SG_CPA_MIGRS, the official domain scores and their categories", async () => {
    const text = await exportText(members.secretariat, "sdmx-csv", { dataset: "scores", frameworkCode: sdgCode });
    const { records } = checkSdmxCsv(text, ["UNIT_MEASURE", "OBS_STATUS", "SCORE_CATEGORY", "INDICATORS_COUNTED"]);
    expect(records.every((record) => record.SERIES === "SG_CPA_MIGRS")).toBe(true);
    expect(
      records.map((record) => [record.COMPOSITE_BREAKDOWN, record.TIME_PERIOD, Number(record.OBS_VALUE), record.SCORE_CATEGORY]),
    ).toEqual([
      ["PD_1", "2023", 75, "3"],
      ["PD_1", "2024", 100, "4"],
      ["PD_2", "2023", 50, "2"],
      ["PD_2", "2024", 75, "3"],
      ["_T", "2023", 62.5, "3"],
      ["_T", "2024", 87.5, "4"],
    ]);

    const values = checkSdmxCsv(await exportText(members.secretariat, "sdmx-csv", { frameworkCode: sdgCode }), [
      "UNIT_MEASURE",
      "OBS_STATUS",
      "VALUE_LEVEL",
      "COMMENT_OBS",
    ]);
    // No indicator is broken down: no dimension column for a breakdown, and the codes' dots become underscores.
    expect(values.dimensions).toEqual(["REF_AREA", "INDICATOR", "TIME_PERIOD"]);
    expect(new Set(values.records.map((record) => record.INDICATOR))).toEqual(new Set(["PD_1_a", "PD_1_b", "PD_2_a", "PD_2_b"]));
  });
});

/** The contents page lists each section with the page its heading starts; its links and the PDF outline lead there too. */
function expectContentsToMatchHeadings(pdf: PdfSummary, titles: string[]): number[] {
  const { pages } = pdf;
  expect(pages[1]).toMatch(/^Contents /);
  const printed = titles.map((title) => {
    const listed = new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} (\\d+)`).exec(pages[1]!);
    expect(listed, `${title} is in the contents`).not.toBeNull();
    return Number(listed![1]);
  });
  // Each section starts a page with its heading: the first such page after the contents.
  const actual = titles.map((title) => pages.findIndex((text, index) => index > 1 && text.startsWith(title)) + 1);
  for (const page of actual) expect(page).toBeGreaterThan(2);
  expect(printed).toEqual(actual);
  expect(pdf.contentsLinks).toEqual(actual);
  expect(pdf.outline).toEqual([{ title: "Contents", page: 2 }, ...titles.map((title, index) => ({ title, page: actual[index] }))]);
  pages.forEach((text, index) => {
    if (index > 0) expect(text).toContain(`Page ${index + 1} of ${pages.length}`);
  });
  return actual;
}

describe("the working-group report", () => {
  const sectionTitles = [
    "1. Summary",
    "2. Area A1: Labour and diaspora",
    "3. Area A2: Cooperation with the diaspora",
    "4. Indicators off track",
    "5. Open points",
    "6. Methodology note",
  ];

  it("PDF: contents with the pages the headings are on, page numbers, every section and Romanian letters", async () => {
    const file = await exportAs(members.secretariat, "pdf");
    expect(file.fileName).toBe(`${code}-report-2024.pdf`);
    expect(file.contentType).toBe("application/pdf");
    expect(decodeUtf8(file.bytes.subarray(0, 5))).toBe("%PDF-");
    const pdf = await readPdf(file.bytes);
    expect(pdf.pages[1]).toContain(`Page 2 of ${pdf.pages.length}`);
    expectContentsToMatchHeadings(pdf, sectionTitles);
    const all = pdf.pages.join("\n");
    expect(all).toContain(ROMANIAN_COMMENT);
    for (const letter of ["ș", "ț", "ă", "î", "â", "Ș"]) expect(all).toContain(letter);
    for (const heading of ["Indicators off track", "Open points", "Methodology note"]) expect(all).toContain(heading);
    // Approved values only: the submitted number is not in the report.
    expect(all).not.toContain("4,242");
  });

  it("PDF: the contents stay right when sections run over several pages", async () => {
    const long = await createTestFramework(members.secretariat.workspace.id, buildFrameworkDefinition({ areas: 2, indicatorsPerArea: 28 }));
    await createTestValues(
      ["A1.1", "A1.6", "A2.1", "A2.6"].flatMap((indicator) => [
        { indicatorId: long.indicatorIds.get(indicator)!, year: 2023, number: 110 },
        { indicatorId: long.indicatorIds.get(indicator)!, year: 2024, number: 130, comment: ROMANIAN_COMMENT },
      ]),
    );
    const pdf = await readPdf((await exportAs(members.secretariat, "pdf", { frameworkCode: long.code })).bytes);
    const starts = expectContentsToMatchHeadings(pdf, [
      "1. Summary",
      "2. Area A1: Area A1",
      "3. Area A2: Area A2",
      "4. Indicators off track",
      "5. Open points",
      "6. Methodology note",
    ]);
    // At least one section takes more than one page, so later numbers depend on it.
    expect(starts.some((page, index) => index > 0 && page - starts[index - 1]! > 1)).toBe(true);
  });

  it("Word: a contents field, the section headings, Romanian text, the embedded font and the charts as pictures", async () => {
    const file = await exportAs(members.secretariat, "docx");
    expect(file.fileName).toBe(`${code}-report-2024.docx`);
    expect(decodeUtf8(file.bytes.subarray(0, 2))).toBe("PK");
    const entries = unzipEntries(file.bytes);
    const document = decodeUtf8(entries["word/document.xml"]!);
    const instructions = [...document.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((match) => match[1]!);
    expect(instructions.some((instruction) => /^\s*TOC\b/.test(instruction))).toBe(true);
    // The level-1 headings (what Word's contents and navigation list), in order.
    const headings = [...document.matchAll(/<w:p><w:pPr><w:pStyle w:val="Heading1"\/>.*?<\/w:p>/g)].map((match) =>
      [...match[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(""),
    );
    expect(headings).toEqual(sectionTitles);
    expect(document).toContain(ROMANIAN_COMMENT);
    expect(document).toContain(ROMANIAN_TEXT);
    const paths = Object.keys(entries);
    expect(paths.some((path) => path.startsWith("word/fonts/"))).toBe(true);
    expect(decodeUtf8(entries["word/fontTable.xml"]!)).toContain("Noto Sans");
    expect(paths.filter((path) => /^word\/media\/[^/]+\.png$/.test(path)).length).toBeGreaterThanOrEqual(2);
    for (const path of paths.filter((candidate) => candidate.startsWith("word/media/"))) {
      expect([...entries[path]!.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    }
  });
});

describe("who gets what", () => {
  it("a viewer asking for provisional values still gets approved ones only", async () => {
    const records = csvRecords(await exportText(members.viewer, "csv", { includeProvisional: true }));
    expect(records).toHaveLength(APPROVED_VALUE_COUNT);
    expect(records.every((record) => record.Status === "Approved")).toBe(true);
    expect(valueCells(records)).not.toContain(String(SUBMITTED_NUMBER));
  });

  it("a focal point never gets another institution's draft; its own institution's, only with provisional values", async () => {
    const mlsp = csvRecords(await exportText(members.mlsp, "csv", { includeProvisional: true }));
    expect(valueCells(mlsp)).not.toContain(String(MFA_DRAFT_NUMBER));
    expect(valueCells(mlsp)).not.toContain(String(SUBMITTED_NUMBER));
    const mlspJson = await exportText(members.mlsp, "json", { includeProvisional: true });
    expect(mlspJson).not.toContain(String(MFA_DRAFT_NUMBER));

    const mfa = csvRecords(await exportText(members.mfa, "csv", { includeProvisional: true }));
    expect(mfa.find((record) => record.Value === String(MFA_DRAFT_NUMBER))).toMatchObject({ Indicator: "A2.2", Status: "Draft" });
    expect(valueCells(mfa)).not.toContain(String(RETURNED_NUMBER));
    expect(valueCells(csvRecords(await exportText(members.mfa, "csv")))).not.toContain(String(MFA_DRAFT_NUMBER));
  });

  it("the report's model holds only the values its reader may see", async () => {
    const a22 = (model: Awaited<ReturnType<typeof loadReport>>) =>
      model.areas[1]!.indicators.find((indicator) => indicator.code === "A2.2")!;
    for (const access of [members.viewer, members.mlsp]) {
      const model = await loadReport(access, code, { includeProvisional: true });
      const text = JSON.stringify(model);
      for (const hidden of ["4,242", "5,353", "3,131"]) expect(text).not.toContain(hidden);
      expect(a22(model).value).toBeNull();
    }
    const reviewer = await loadReport(members.secretariat, code, { includeProvisional: true });
    expect(a22(reviewer)).toMatchObject({ value: "4,242 persons", valueIsProvisional: true });
    expect(JSON.stringify(reviewer)).not.toContain("3,131");
  });

  it("an unknown framework is not found, in data and report formats", async () => {
    for (const format of ["csv", "pdf"] as const) {
      const error = await catchAppError(exportAs(members.secretariat, format, { frameworkCode: "NOPE" }));
      expect(error.code).toBe("NOT_FOUND");
      expect(error.message).toBe("No framework with code NOPE");
    }
  });

  it("a job with a bad format or an unknown framework is refused before any job is written", async () => {
    const before = await db.job.count();
    const badFormat = await catchAppError(createJob(members.secretariat, "framework-export", { frameworkCode: code, format: "exe" }));
    expect(badFormat.code).toBe("BAD_REQUEST");
    expect(badFormat.fieldErrors).toEqual({ format: ["Choose one of pdf, docx, xlsx, csv, json, sdmx-csv, open-sdg"] });
    const badRange = await catchAppError(
      createJob(members.secretariat, "framework-export", { frameworkCode: code, format: "csv", from: 2024, to: 2020 }),
    );
    expect(badRange.fieldErrors).toEqual({ from: ["from must not be after to"] });
    const unknown = await catchAppError(createJob(members.secretariat, "framework-export", { frameworkCode: "NOPE", format: "csv" }));
    expect(unknown.code).toBe("NOT_FOUND");
    expect(await db.job.count()).toBe(before);
  });
});
