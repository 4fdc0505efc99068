import ExcelJS from "exceljs";
import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { reportMessages } from "@/lib/reports/report-messages";
import { neutralizeCell } from "@/lib/uploads/neutralize-cell";
import { changeKindOf } from "./change-kind";
import type { DefinitionDiff, FieldChange } from "./definition-diff";
import { annexWords, describeVersion, diffWords, type AnnexWords } from "./diff-sentences";
import { changeKindWord, changeValue, fieldLabel, type ChangeKind, type DiffOf, type DiffWords } from "./diff-words";
import { groupDiffByArea } from "./group-diff-by-area";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8ECF1" } };

/** Every text goes through here: an indicator name like "=HYPERLINK(...)" must stay text. */
const cell = (value: string | null | undefined) => (value === undefined || value === null ? null : neutralizeCell(value));

/** The workbook's own headings (namespace MatrixDiffWorkbook), the versions as the annex names them, and the diff's field names and values. */
type Words = { t: WorkbookWords; annex: AnnexWords; w: DiffWords; locale: Locale };
type WorkbookWords = ReturnType<typeof workbookWords>;
const workbookWords = (locale: Locale) => createTranslator({ ...reportMessages(locale), namespace: "MatrixDiffWorkbook" });

const indicatorColumns = ({ t }: Words) => [
  t("columnArea"),
  t("columnCode"),
  t("columnOldCode"),
  t("columnIndicator"),
  t("columnChange"),
  t("columnField"),
  t("columnBefore"),
  t("columnAfter"),
  t("columnNote"),
];
const areaColumns = ({ t }: Words) => [
  t("columnCode"),
  t("columnArea"),
  t("columnChange"),
  t("columnField"),
  t("columnBefore"),
  t("columnAfter"),
];
const value = (of: DiffOf, change: FieldChange, side: "before" | "after", { w, locale }: Words) => changeValue(of, change, side, w, locale);

/**
 * The diff as a workbook for the working group: "Summary" (versions compared, counts and the
 * framework's own field changes), "Indicators" (one row per change: a field of a changed
 * indicator, or an addition, removal, split, merge or retirement) and "Areas". Header rows
 * are frozen and filterable; every text is neutralised against formula injection. Its sheet
 * names, headings, field names and the diff's own words are in `locale` (English when none
 * is given), as the report annex words them.
 */
export async function writeDiffWorkbook(diff: DefinitionDiff, options: { generatedAt?: Date; locale?: Locale } = {}): Promise<Buffer> {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const words: Words = { t: workbookWords(locale), annex: annexWords(locale), w: diffWords(locale), locale };
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Capacitas";
  workbook.created = options.generatedAt ?? new Date();
  workbook.title = words.t("title", {
    framework: diff.before.frameworkCode,
    before: diff.before.label,
    after: diff.after.label,
  });
  addSummarySheet(workbook, diff, words);
  addIndicatorsSheet(workbook, diff, words);
  addAreasSheet(workbook, diff, words);
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

function addSummarySheet(workbook: ExcelJS.Workbook, diff: DefinitionDiff, words: Words) {
  const { t, annex, w } = words;
  const sheet = addSheet(workbook, t("sheetSummary"), [
    { header: t("columnWhat"), width: 36 },
    { header: t("columnCount"), width: 12 },
    { header: t("columnBefore"), width: 40 },
    { header: t("columnAfter"), width: 40 },
  ]);
  sheet.addRow([cell(t("rowVersionsCompared")), null, cell(describeVersion(diff.before, annex)), cell(describeVersion(diff.after, annex))]);
  const { areas, indicators } = diff.summary;
  const counts: [string, number][] = [
    [t("rowIndicatorsAdded"), indicators.added],
    [t("rowIndicatorsRemoved"), indicators.removed],
    [t("rowIndicatorsChanged"), indicators.changed],
    [t("rowRenamed"), indicators.renamed],
    [t("rowMoved"), indicators.moved],
    [t("rowReordered"), indicators.reordered],
    [t("rowIndicatorsSplit"), indicators.split],
    [t("rowIndicatorsMerged"), indicators.merged],
    [t("rowIndicatorsRetired"), indicators.retired],
    [t("rowIndicatorsUnchanged"), indicators.unchanged],
    [t("rowAreasAdded"), areas.added],
    [t("rowAreasRemoved"), areas.removed],
    [t("rowAreasChanged"), areas.changed],
    [t("rowAreasUnchanged"), areas.unchanged],
    [t("rowFrameworkFields"), diff.summary.frameworkFields],
  ];
  for (const [what, count] of counts) sheet.addRow([cell(what), count]);
  for (const change of diff.framework) {
    const label = t("rowFrameworkField", { label: fieldLabel("framework", change, w) });
    sheet.addRow([cell(label), null, cell(value("framework", change, "before", words)), cell(value("framework", change, "after", words))]);
  }
  sheet.getColumn(3).alignment = { wrapText: true, vertical: "top" };
  sheet.getColumn(4).alignment = { wrapText: true, vertical: "top" };
}

function addIndicatorsSheet(workbook: ExcelJS.Workbook, diff: DefinitionDiff, words: Words) {
  const { t, w } = words;
  const kind = (of: ChangeKind) => changeKindWord(of, w);
  const widths = [28, 12, 12, 50, 12, 24, 40, 40, 30];
  const sheet = addSheet(
    workbook,
    t("sheetIndicators"),
    indicatorColumns(words).map((header, index) => ({ header, width: widths[index]! })),
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
          kind(changeKindOf("indicator", change.field)),
          fieldLabel("indicator", change, w),
          value("indicator", change, "before", words),
          value("indicator", change, "after", words),
          item.note,
        ]);
      }
    }
    for (const item of group.added) row([area, item.code, null, item.name, kind("Added"), null, null, null, null]);
    for (const item of group.merged) {
      row([
        area,
        item.to.code,
        item.from.map((ref) => ref.code).join(", "),
        item.to.name,
        kind("Merged"),
        w("fieldCode"),
        item.from.map((ref) => ref.code).join(", "),
        item.to.code,
        item.note,
      ]);
    }
    for (const item of group.removed) row([area, item.code, null, item.name, kind("Removed"), null, null, null, null]);
    for (const item of group.split) {
      row([
        area,
        item.from.code,
        null,
        item.from.name,
        kind("Split"),
        w("fieldCode"),
        item.from.code,
        item.to.map((ref) => ref.code).join(", "),
        item.note,
      ]);
    }
    for (const item of group.retired) row([area, item.code, null, item.name, kind("Retired"), null, null, null, item.note]);
  }
}

function addAreasSheet(workbook: ExcelJS.Workbook, diff: DefinitionDiff, words: Words) {
  const { t, w } = words;
  const kind = (of: ChangeKind) => changeKindWord(of, w);
  const widths = [12, 50, 12, 20, 40, 40];
  const sheet = addSheet(
    workbook,
    t("sheetAreas"),
    areaColumns(words).map((header, index) => ({ header, width: widths[index]! })),
  );
  const row = (values: (string | null)[]) => (sheet.addRow(values.map(cell)).alignment = { vertical: "top", wrapText: true });
  for (const area of diff.areas.changed) {
    for (const change of area.changes)
      row([
        area.code,
        area.path,
        kind(changeKindOf("area", change.field)),
        fieldLabel("area", change, w),
        value("area", change, "before", words),
        value("area", change, "after", words),
      ]);
  }
  for (const area of diff.areas.added) row([area.code, area.path, kind("Added"), null, null, null]);
  for (const area of diff.areas.removed) row([area.code, area.path, kind("Removed"), null, null, null]);
}
