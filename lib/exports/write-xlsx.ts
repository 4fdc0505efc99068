import ExcelJS from "exceljs";
import { formatBaseline, formatTarget, pickFinalTarget } from "@/lib/indicators/format-value";
import { isQuantitative } from "@/lib/indicators/value-types";
import { CATEGORY_LABELS } from "@/lib/progress/categories";
import { PROGRESS_STATUS_LABELS } from "@/lib/progress/progress-status";
import { neutralizeCell } from "@/lib/uploads/neutralize-cell";
import { formatBreakdownCodes, TIDY_COLUMNS, type TidyRow } from "./build-tidy-rows";
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
 */
export async function writeXlsx(data: FrameworkExport, rows: readonly TidyRow[]): Promise<Uint8Array> {
  const { framework } = data.progress;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Capacitas";
  workbook.created = data.generatedAt;
  workbook.title = `${framework.code} ${data.years.at(0) ?? ""}-${data.years.at(-1) ?? ""}`;

  addMatrixSheet(workbook, data);
  addValuesSheet(workbook, rows);
  addScoresSheet(workbook, data);

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function styleHeader(sheet: ExcelJS.Worksheet, row: number, columns: number) {
  const header = sheet.getRow(row);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  for (let column = 1; column <= columns; column += 1) header.getCell(column).fill = HEADER_FILL;
  sheet.autoFilter = { from: { row, column: 1 }, to: { row, column: columns } };
}

function addMatrixSheet(workbook: ExcelJS.Workbook, data: FrameworkExport) {
  const { framework } = data.progress;
  const sheet = workbook.addWorksheet("Matrix", { views: [{ state: "frozen", ySplit: 1, xSplit: 2 }] });
  const fixed = ["Code", "Indicator", "Unit", "Lead institution", "Baseline", "Target"];
  sheet.columns = [
    { header: fixed[0], width: 10 },
    { header: fixed[1], width: 60 },
    { header: fixed[2], width: 14 },
    { header: fixed[3], width: 14 },
    { header: fixed[4], width: 18 },
    { header: fixed[5], width: 18 },
    ...data.years.map((year) => ({ header: String(year), width: 14 })),
    { header: `Progress status ${data.reportYear ?? ""}`.trim(), width: 22 },
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
      const row = sheet.addRow([
        cell(indicator.code),
        cell(indicator.name),
        cell(indicator.unit),
        cell(indicator.leadInstitution?.code ?? null),
        cell(formatBaseline(indicator)),
        cell(formatTarget(pickFinalTarget(indicator.targets), indicator)),
        ...data.years.map((year) => {
          const value = totals.get(`${indicator.id}|${year}`);
          if (!value) return null;
          // Numbers stay numbers so people can calculate with them; levels and texts as shown.
          return quantitative && value.number !== null ? value.number : cell(value.display);
        }),
        cell(data.reportYear === null ? null : PROGRESS_STATUS_LABELS[statuses.get(indicator.id)?.[data.reportYear] ?? "not_available"]),
      ]);
      row.alignment = { vertical: "top", wrapText: true };
      if (indicator.decimals !== null && quantitative) {
        const format = indicator.decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(indicator.decimals)}`;
        data.years.forEach((_, index) => (row.getCell(fixed.length + 1 + index).numFmt = format));
      }
    }
  }
}

function addValuesSheet(workbook: ExcelJS.Workbook, rows: readonly TidyRow[]) {
  const sheet = workbook.addWorksheet("Values", { views: [{ state: "frozen", ySplit: 1 }] });
  const widths: Partial<Record<keyof TidyRow, number>> = {
    indicatorName: 50,
    areaName: 30,
    comment: 50,
    source: 40,
    breakdown: 20,
    valueShown: 20,
  };
  sheet.columns = TIDY_COLUMNS.map((column) => ({ header: column.header, width: widths[column.key] ?? 12 }));
  for (const row of rows) {
    sheet.addRow(
      TIDY_COLUMNS.map(({ key }) => {
        if (key === "disaggregation") return cell(formatBreakdownCodes(row.disaggregation));
        const value = row[key];
        return typeof value === "number" ? value : cell(value as string | null);
      }),
    );
  }
  styleHeader(sheet, 1, TIDY_COLUMNS.length);
}

function addScoresSheet(workbook: ExcelJS.Workbook, data: FrameworkExport) {
  const { framework } = data.progress;
  const official = framework.scoringMethod === "SDG_10_7_2";
  const sheet = workbook.addWorksheet("Area scores", { views: [{ state: "frozen", ySplit: 1, xSplit: 2 }] });
  sheet.columns = [
    { header: official ? "Domain" : "Area", width: 10 },
    { header: "Name", width: 50 },
    ...data.years.flatMap((year) => [
      { header: `${year} score (%)`, width: 14 },
      ...(official ? [{ header: `${year} category`, width: 24 }] : []),
      { header: `${year} indicators counted`, width: 14 },
    ]),
  ];
  styleHeader(sheet, 1, 2 + data.years.length * (official ? 3 : 2));
  const areas = [
    ...framework.areas.map((area) => ({ code: area.code, name: `${"  ".repeat(area.depth)}${area.name}` })),
    { code: "_T", name: "All areas" },
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
          ...(official ? [cell(score?.category ? `${score.category} ${CATEGORY_LABELS[score.category - 1]}` : null)] : []),
          score ? `${score.indicatorsCounted} of ${score.indicatorsTotal}` : null,
        ];
      }),
    ]);
  }
  if (data.includeProvisional) {
    sheet.addRow([]);
    sheet.addRow([cell("Includes provisional values (not yet approved)")]).font = { italic: true };
  }
}
