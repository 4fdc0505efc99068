import "server-only";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { AccessContext } from "@/lib/auth/access-context";
import { getEntryForm, type EntryIndicator } from "@/lib/monitoring/get-entry-form";
import { isLevelBased, isQuantitative } from "@/lib/indicators/value-types";
import { neutralizeCell } from "./neutralize-cell";
import { INFORMATIONAL_COLUMNS, TEMPLATE_COLUMNS, type TemplateColumn } from "./template-columns";
import { CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE } from "./upload-limits";
import { isTotalKey } from "@/lib/indicators/disaggregation";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { templateWords, type TemplateWords } from "./values-template-words";
import { localizedName } from "@/lib/i18n/localized-name";
import { parseTypedNumber } from "@/lib/i18n/parse-typed-number";

export type ValuesTemplate = { fileName: string; contentType: string; body: Buffer };

type TemplateRow = Record<TemplateColumn, string | number | null>;

/** Columns people must not change: they say which value a row is. */
const READ_ONLY_COLUMNS: readonly TemplateColumn[] = ["indicator", "breakdown", "year", ...INFORMATIONAL_COLUMNS];

const WIDTHS: Record<TemplateColumn, number> = {
  indicator: 12,
  indicator_name: 48,
  breakdown: 18,
  breakdown_label: 18,
  unit: 14,
  allowed_values: 36,
  year: 8,
  value: 18,
  comment: 40,
  source: 30,
  evidence_url: 36,
};

const GREY: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE5E7EB" } };

/**
 * The spreadsheet a focal point fills in offline: one row per value their institution is
 * expected to report in the cycle (total and each breakdown of each of its indicators), with
 * the current values filled in. Every text is neutralized against formula injection. The
 * instructions, the indicator names, breakdowns, units and allowed values are in `locale`
 * (matrix texts falling back to the main text); the column headers are codes the upload reads.
 */
export async function buildValuesTemplate(
  access: AccessContext,
  target: { frameworkCode: string; year: number },
  format: "xlsx" | "csv",
  locale: Locale = DEFAULT_LOCALE,
): Promise<ValuesTemplate> {
  const form = await getEntryForm(access, target, locale);
  const words = templateWords(locale);
  const indicators = form.areas.flatMap((area) => area.indicators);
  const rows: { indicator: EntryIndicator; cells: TemplateRow }[] = indicators.flatMap((indicator) =>
    indicator.rows.map((row) => ({
      indicator,
      cells: {
        indicator: indicator.code,
        indicator_name: localizedName(indicator, locale).text,
        breakdown: row.key,
        breakdown_label: isTotalKey(row.key) ? words.total : row.label,
        unit: indicator.unit ?? (indicator.valueType === "PERCENTAGE" ? "%" : ""),
        allowed_values: allowedValues(indicator, words),
        year: form.cycle.year,
        value: row.current ? cellValue(indicator, row.current.input, locale) : null,
        comment: row.current?.comment ?? null,
        source: row.current?.source ?? null,
        evidence_url: row.current?.evidenceUrl ?? null,
      },
    })),
  );
  const baseName = [form.cycle.frameworkCode, form.cycle.year, form.institution.code, "values"].join("-").replace(/[^A-Za-z0-9._-]+/g, "_");

  if (format === "csv") {
    const data = rows.map(({ cells }) => TEMPLATE_COLUMNS.map((column) => neutralizeCell(cells[column]) ?? ""));
    // The byte-order mark makes Excel read the file as UTF-8 (Romanian letters intact).
    const csv = `\uFEFF${Papa.unparse({ fields: [...TEMPLATE_COLUMNS], data }, { delimiter: ",", newline: "\r\n" })}\r\n`;
    return { fileName: `${baseName}.csv`, contentType: CSV_CONTENT_TYPE, body: Buffer.from(csv, "utf-8") };
  }

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Capacitas";
  const sheet = workbook.addWorksheet("Values", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = TEMPLATE_COLUMNS.map((column) => ({ header: column, key: column, width: WIDTHS[column] }));
  for (const { indicator, cells } of rows) {
    const row = sheet.addRow(Object.fromEntries(TEMPLATE_COLUMNS.map((column) => [column, neutralizeCell(cells[column])])));
    const value = row.getCell("value");
    // Texts typed into a text cell stay texts (Excel would turn "1-2" into a date).
    if (!isQuantitative(indicator.valueType)) value.numFmt = "@";
    const validation = levelList(indicator, words);
    if (validation) value.dataValidation = validation;
  }
  for (const column of TEMPLATE_COLUMNS) {
    const sheetColumn = sheet.getColumn(column);
    if (["indicator", "breakdown", "comment", "source", "evidence_url"].includes(column)) sheetColumn.numFmt = "@";
    if (READ_ONLY_COLUMNS.includes(column)) sheetColumn.eachCell({ includeEmpty: false }, (cell) => (cell.fill = GREY));
    sheetColumn.alignment = {
      vertical: "top",
      wrapText: column === "indicator_name" || column === "allowed_values" || column === "comment",
    };
  }
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle" };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: TEMPLATE_COLUMNS.length } };

  // The reader looks the values up by the sheet "Values" only, so this sheet's name may be translated.
  const instructions = workbook.addWorksheet(words.sheetInstructions);
  instructions.getColumn(1).width = 110;
  const intro = words.intro({
    framework: form.cycle.frameworkName,
    frameworkCode: form.cycle.frameworkCode,
    year: form.cycle.year,
    institution: form.institution.name,
    institutionCode: form.institution.code,
  });
  [intro, "", ...words.instructions].forEach((line, index) => {
    const cell = instructions.getCell(index + 1, 1);
    cell.value = neutralizeCell(line);
    cell.alignment = { wrapText: true, vertical: "top" };
    if (index === 0 || index === 2) cell.font = { bold: true, size: index === 0 ? 13 : 12 };
  });

  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `${baseName}.xlsx`, contentType: XLSX_CONTENT_TYPE, body };
}

/** What a value may be, in the words of the template: "number 0-100", "yes / no", level codes. */
function allowedValues(indicator: EntryIndicator, words: TemplateWords): string {
  if (isQuantitative(indicator.valueType)) {
    const { lowerLimit: lower, upperLimit: upper } = indicator;
    if (lower !== null && upper !== null) return words.numberBetween(lower, upper);
    if (lower !== null) return words.numberAtLeast(lower);
    if (upper !== null) return words.numberAtMost(upper);
    return words.number;
  }
  if (indicator.valueType === "YES_NO") return words.yesNo;
  if (isLevelBased(indicator.valueType)) {
    return indicator.levels
      .map((level) => (level.label.toLowerCase() === level.code.toLowerCase() ? level.code : `${level.code} (${level.label})`))
      .join(" / ");
  }
  return words.text;
}

/**
 * A current value as the cell holds it: a number for numeric indicators (the entry form writes
 * it in the person's language, "12,5" in Romanian, so it is read back by that language's rules).
 */
function cellValue(indicator: EntryIndicator, input: string, locale: Locale): string | number {
  if (!isQuantitative(indicator.valueType)) return input;
  const number = parseTypedNumber(input, locale);
  return number.ok ? number.value : input;
}

/** A drop-down of the level codes, when Excel can hold it (no commas or quotes, 255 characters at most). */
function levelList(indicator: EntryIndicator, words: TemplateWords): ExcelJS.DataValidation | null {
  if (!isLevelBased(indicator.valueType) || indicator.levels.length === 0) return null;
  const codes = indicator.levels.map((level) => level.code);
  const list = codes.join(",");
  if (codes.some((code) => /[,"]/.test(code)) || list.length > 250) return null;
  return {
    type: "list",
    allowBlank: true,
    formulae: [`"${list}"`],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: words.notALevelTitle,
    error: words.chooseALevel(codes.join(", ")),
  };
}
