import ExcelJS from "exceljs";
import { neutralizeCell } from "@/lib/uploads/neutralize-cell";
import { changeKindOf } from "./change-kind";
import type { DefinitionDiff } from "./definition-diff";
import { describeVersion } from "./describe-version";
import { groupDiffByArea } from "./group-diff-by-area";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8ECF1" } };

/** Every text goes through here: an indicator name like "=HYPERLINK(...)" must stay text. */
const cell = (value: string | null | undefined) => (value === undefined || value === null ? null : neutralizeCell(value));

export const INDICATOR_DIFF_COLUMNS = ["Area", "Code", "Old code", "Indicator", "Change", "Field", "Before", "After", "Note"] as const;
export const AREA_DIFF_COLUMNS = ["Code", "Area", "Change", "Field", "Before", "After"] as const;

/**
 * The diff as a workbook for the working group: "Summary" (versions compared, counts and the
 * framework's own field changes), "Indicators" (one row per change: a field of a changed
 * indicator, or an addition, removal, split, merge or retirement) and "Areas". Header rows
 * are frozen and filterable; every text is neutralised against formula injection.
 */
export async function writeDiffWorkbook(diff: DefinitionDiff, options: { generatedAt?: Date } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Capacitas";
  workbook.created = options.generatedAt ?? new Date();
  workbook.title = `${diff.before.frameworkCode}: ${diff.before.label} → ${diff.after.label}`;
  addSummarySheet(workbook, diff);
  addIndicatorsSheet(workbook, diff);
  addAreasSheet(workbook, diff);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: readonly { header: string; width: number }[]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ ...column }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  for (let column = 1; column <= columns.length; column += 1) header.getCell(column).fill = HEADER_FILL;
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

function addSummarySheet(workbook: ExcelJS.Workbook, diff: DefinitionDiff) {
  const sheet = addSheet(workbook, "Summary", [
    { header: "What", width: 36 },
    { header: "Count", width: 12 },
    { header: "Before", width: 40 },
    { header: "After", width: 40 },
  ]);
  sheet.addRow([cell("Versions compared"), null, cell(describeVersion(diff.before)), cell(describeVersion(diff.after))]);
  const { areas, indicators } = diff.summary;
  const counts: [string, number][] = [
    ["Indicators added", indicators.added],
    ["Indicators removed", indicators.removed],
    ["Indicators changed", indicators.changed],
    ["of which renamed (new code)", indicators.renamed],
    ["of which moved to another area", indicators.moved],
    ["of which reordered", indicators.reordered],
    ["Indicators split", indicators.split],
    ["Indicators merged", indicators.merged],
    ["Indicators retired", indicators.retired],
    ["Indicators unchanged", indicators.unchanged],
    ["Areas added", areas.added],
    ["Areas removed", areas.removed],
    ["Areas changed", areas.changed],
    ["Areas unchanged", areas.unchanged],
    ["Framework fields changed", diff.summary.frameworkFields],
  ];
  for (const [what, count] of counts) sheet.addRow([cell(what), count]);
  for (const change of diff.framework) sheet.addRow([cell(`Framework: ${change.label}`), null, cell(change.before), cell(change.after)]);
  sheet.getColumn(3).alignment = { wrapText: true, vertical: "top" };
  sheet.getColumn(4).alignment = { wrapText: true, vertical: "top" };
}

function addIndicatorsSheet(workbook: ExcelJS.Workbook, diff: DefinitionDiff) {
  const widths = [28, 12, 12, 50, 12, 24, 40, 40, 30];
  const sheet = addSheet(
    workbook,
    "Indicators",
    INDICATOR_DIFF_COLUMNS.map((header, index) => ({ header, width: widths[index]! })),
  );
  const row = (values: (string | null)[]) => (sheet.addRow(values.map(cell)).alignment = { vertical: "top", wrapText: true });
  for (const group of groupDiffByArea(diff)) {
    const area = `${group.areaCode} ${group.areaName}`;
    for (const item of group.changed) {
      for (const change of item.changes) {
        row([
          area,
          item.code,
          item.previousCode,
          item.name,
          changeKindOf("indicator", change.field),
          change.label,
          change.before,
          change.after,
          item.note,
        ]);
      }
    }
    for (const item of group.added) row([area, item.code, null, item.name, "Added", null, null, null, null]);
    for (const item of group.merged) {
      row([
        area,
        item.to.code,
        item.from.map((ref) => ref.code).join(", "),
        item.to.name,
        "Merged",
        "Code",
        item.from.map((ref) => ref.code).join(", "),
        item.to.code,
        item.note,
      ]);
    }
    for (const item of group.removed) row([area, item.code, null, item.name, "Removed", null, null, null, null]);
    for (const item of group.split) {
      row([
        area,
        item.from.code,
        null,
        item.from.name,
        "Split",
        "Code",
        item.from.code,
        item.to.map((ref) => ref.code).join(", "),
        item.note,
      ]);
    }
    for (const item of group.retired) row([area, item.code, null, item.name, "Retired", null, null, null, item.note]);
  }
}

function addAreasSheet(workbook: ExcelJS.Workbook, diff: DefinitionDiff) {
  const widths = [12, 50, 12, 20, 40, 40];
  const sheet = addSheet(
    workbook,
    "Areas",
    AREA_DIFF_COLUMNS.map((header, index) => ({ header, width: widths[index]! })),
  );
  const row = (values: (string | null)[]) => (sheet.addRow(values.map(cell)).alignment = { vertical: "top", wrapText: true });
  for (const area of diff.areas.changed) {
    for (const change of area.changes)
      row([area.code, area.path, changeKindOf("area", change.field), change.label, change.before, change.after]);
  }
  for (const area of diff.areas.added) row([area.code, area.path, "Added", null, null, null]);
  for (const area of diff.areas.removed) row([area.code, area.path, "Removed", null, null, null]);
}
