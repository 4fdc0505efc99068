import ExcelJS from "exceljs";
import { describeTarget } from "@/lib/indicators/describe-target";
import { formatBaseline, pickFinalTarget } from "@/lib/indicators/format-value";
import { isQuantitative } from "@/lib/indicators/value-types";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { reportTerms, type ReportTerms } from "@/lib/reports/report-terms";
import { neutralizeCell } from "@/lib/uploads/neutralize-cell";
import { formatBreakdownCodes, tidyColumns, type TidyRow } from "./build-tidy-rows";
import { exportHeaders } from "./export-headers";
import type { FrameworkExport } from "./load-framework-export";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8ECF1" } };
const AREA_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF4F6F8" } };

/** Every text cell goes through here: a comment like =HYPERLINK(...) must stay text. */
const cell = (value: string | number | null | undefined) => (value === undefined ? null : neutralizeCell(value));

/**
 * The workbook for the working group: 1 "Matrix" (areas and indicators, a column per year with
 * the total's value), 2 "Values" (the tidy sheet: indicator x year x breakdown, with status,
 * comment and source), 3 "Area scores" (score per area and year). Header rows are frozen and
 * filterable; numbers are numbers; every text is neutralised against formula injection.
 * Sheet names, headers and statuses are in the language chosen at export.
 */
export async function writeXlsx(data: FrameworkExport, rows: readonly TidyRow[], locale: Locale = DEFAULT_LOCALE): Promise<Uint8Array> {
  const words: Words = { headers: exportHeaders(locale), terms: reportTerms(locale), locale };
  const { framework } = data.progress;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Capacitas";
  workbook.created = data.generatedAt;
  workbook.title = `${framework.code} ${data.years.at(0) ?? ""}-${data.years.at(-1) ?? ""}`;

  addMatrixSheet(workbook, data, words);
  addValuesSheet(workbook, rows, words);
  addScoresSheet(workbook, data, words);

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

type Words = { headers: ReturnType<typeof exportHeaders>; terms: ReportTerms; locale: Locale };

function styleHeader(sheet: ExcelJS.Worksheet, row: number, columns: number) {
  const header = sheet.getRow(row);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  for (let column = 1; column <= columns; column += 1) header.getCell(column).fill = HEADER_FILL;
  sheet.autoFilter = { from: { row, column: 1 }, to: { row, column: columns } };
}

function addMatrixSheet(workbook: ExcelJS.Workbook, data: FrameworkExport, { headers, terms, locale }: Words) {
  const { framework } = data.progress;
  const sheet = workbook.addWorksheet(headers.sheets.matrix, { views: [{ state: "frozen", ySplit: 1, xSplit: 2 }] });
  const { matrix } = headers;
  const fixed = [matrix.code, matrix.indicator, matrix.unit, matrix.leadInstitution, matrix.baseline, matrix.target];
  sheet.columns = [
    { header: fixed[0], width: 10 },
    { header: fixed[1], width: 60 },
    { header: fixed[2], width: 14 },
    { header: fixed[3], width: 14 },
    { header: fixed[4], width: 18 },
    { header: fixed[5], width: 18 },
    ...data.years.map((year) => ({ header: String(year), width: 14 })),
    { header: matrix.progressStatus(data.reportYear), width: 22 },
  ];
  styleHeader(sheet, 1, fixed.length + data.years.length + 1);

  const totals = new Map<string, (typeof data.values)[number]>();
  for (const value of data.values) if (value.disaggregationKey === "") totals.set(`${value.indicator.id}|${value.year}`, value);
  const statuses = new Map(data.progress.indicators.map((row) => [row.indicator.id, row.statuses]));

  for (const area of framework.areas) {
    const areaRow = sheet.addRow([cell(area.code), cell(`${"  ".repeat(area.depth)}${area.name}`)]);
    areaRow.font = { bold: true };
    for (let column = 1; column <= fixed.length + data.years.length + 1; column += 1) areaRow.getCell(column).fill = AREA_FILL;
    for (const indicator of area.indicators) {
      const quantitative = isQuantitative(indicator.valueType);
      const target = describeTarget(pickFinalTarget(indicator.targets), indicator, locale);
      const row = sheet.addRow([
        cell(indicator.code),
        cell(indicator.name),
        cell(indicator.unit),
        cell(indicator.leadInstitution?.code ?? null),
        cell(formatBaseline(indicator, locale)),
        cell(target ? matrix.targetBy(target) : null),
        ...data.years.map((year) => {
          const value = totals.get(`${indicator.id}|${year}`);
          if (!value) return null;
          // Numbers stay numbers so people can calculate with them; levels and texts as shown.
          return quantitative && value.number !== null ? value.number : cell(value.display);
        }),
        cell(data.reportYear === null ? null : terms.progressStatus[statuses.get(indicator.id)?.[data.reportYear] ?? "not_available"]),
      ]);
      row.alignment = { vertical: "top", wrapText: true };
      if (indicator.decimals !== null && quantitative) {
        const format = indicator.decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(indicator.decimals)}`;
        data.years.forEach((_, index) => (row.getCell(fixed.length + 1 + index).numFmt = format));
      }
    }
  }
}

function addValuesSheet(workbook: ExcelJS.Workbook, rows: readonly TidyRow[], { headers, locale }: Words) {
  const sheet = workbook.addWorksheet(headers.sheets.values, { views: [{ state: "frozen", ySplit: 1 }] });
  const columns = tidyColumns(locale);
  const widths: Partial<Record<keyof TidyRow, number>> = {
    indicatorName: 50,
    areaName: 30,
    comment: 50,
    source: 40,
    breakdown: 20,
    valueShown: 20,
  };
  sheet.columns = columns.map((column) => ({ header: column.header, width: widths[column.key] ?? 12 }));
  for (const row of rows) {
    sheet.addRow(
      columns.map(({ key }) => {
        if (key === "disaggregation") return cell(formatBreakdownCodes(row.disaggregation));
        const value = row[key];
        return typeof value === "number" ? value : cell(value as string | null);
      }),
    );
  }
  styleHeader(sheet, 1, columns.length);
}

function addScoresSheet(workbook: ExcelJS.Workbook, data: FrameworkExport, { headers, terms }: Words) {
  const { framework } = data.progress;
  const official = framework.scoringMethod === "SDG_10_7_2";
  const { scores: words } = headers;
  const sheet = workbook.addWorksheet(headers.sheets.scores, { views: [{ state: "frozen", ySplit: 1, xSplit: 2 }] });
  sheet.columns = [
    { header: words.area(official), width: 10 },
    { header: words.name, width: 50 },
    ...data.years.flatMap((year) => [
      { header: words.score(year), width: 14 },
      ...(official ? [{ header: words.category(year), width: 24 }] : []),
      { header: words.counted(year), width: 14 },
    ]),
  ];
  styleHeader(sheet, 1, 2 + data.years.length * (official ? 3 : 2));
  const areas = [
    ...framework.areas.map((area) => ({ code: area.code, name: `${"  ".repeat(area.depth)}${area.name}` })),
    { code: "_T", name: words.allAreas },
  ];
  for (const area of areas) {
    const scores = new Map(data.progress.scores.filter((score) => score.areaCode === area.code).map((score) => [score.year, score]));
    sheet.addRow([
      cell(area.code),
      cell(area.name),
      ...data.years.flatMap((year) => {
        const score = scores.get(year);
        return [
          score?.score ?? null,
          ...(official ? [cell(score?.category ? `${score.category} ${terms.categories[score.category - 1]}` : null)] : []),
          score ? words.countedOf(score.indicatorsCounted, score.indicatorsTotal) : null,
        ];
      }),
    ]);
  }
  if (data.includeProvisional) {
    sheet.addRow([]);
    sheet.addRow([cell(words.includesProvisional)]).font = { italic: true };
  }
}
