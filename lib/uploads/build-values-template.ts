import "server-only";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { AccessContext } from "@/lib/auth/access-context";
import { getEntryForm, type EntryIndicator } from "@/lib/monitoring/get-entry-form";
import { isLevelBased, isQuantitative } from "@/lib/indicators/value-types";
import { neutralizeCell } from "./neutralize-cell";
import { INFORMATIONAL_COLUMNS, TEMPLATE_COLUMNS, type TemplateColumn } from "./template-columns";
import { CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE } from "./upload-limits";

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

const INSTRUCTIONS = [
  "How to fill in this file",
  "",
  "1. Each row of the sheet “Values” is one value your institution reports for this cycle: the total of an indicator, or one of its breakdowns (for example women, or men).",
  "2. Type the values only in the column “value”; you may also fill in “comment”, “source” and “evidence_url” (a web address starting with https://).",
  "3. Do not change the grey columns. “indicator”, “breakdown” and “year” say which value a row is; the other grey columns are there to help you and are ignored.",
  "4. Numbers: use a decimal point or a decimal comma (12.5 or 12,5), without thousands separators (1250, not 1,250 or 1.250). Percentages are numbers between 0 and 100, without the % sign.",
  "5. Yes / no and level indicators: type one of the codes listed in “allowed_values” (the cell offers a list).",
  "6. Leave a value empty if you have none yet. Emptying a value that was already entered deletes that draft value. Rows you delete from the file are left as they are.",
  "7. Values already submitted or approved cannot be changed here; ask the secretariat to return them first.",
  "8. Upload the file on the data entry page and choose “Check the file” first: it lists every problem by row and column and saves nothing.",
  "9. The upload is all-or-nothing: if any row has a problem, nothing is saved. Correct the rows listed and upload again.",
  "10. If you save the file as CSV, choose “CSV UTF-8” so that letters such as ș, ț and ă survive.",
];

/**
 * The spreadsheet a focal point fills in offline: one row per value their institution is
 * expected to report in the cycle (total and each breakdown of each of its indicators), with
 * the current values filled in. Every text is neutralized against formula injection.
 */
export async function buildValuesTemplate(
  access: AccessContext,
  target: { frameworkCode: string; year: number },
  format: "xlsx" | "csv",
): Promise<ValuesTemplate> {
  const form = await getEntryForm(access, target);
  const indicators = form.areas.flatMap((area) => area.indicators);
  const rows: { indicator: EntryIndicator; cells: TemplateRow }[] = indicators.flatMap((indicator) =>
    indicator.rows.map((row) => ({
      indicator,
      cells: {
        indicator: indicator.code,
        indicator_name: indicator.name,
        breakdown: row.key,
        breakdown_label: row.label,
        unit: indicator.unit ?? (indicator.valueType === "PERCENTAGE" ? "%" : ""),
        allowed_values: allowedValues(indicator),
        year: form.cycle.year,
        value: row.current ? (isQuantitative(indicator.valueType) ? Number(row.current.input) : row.current.input) : null,
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
    const validation = levelList(indicator);
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

  const instructions = workbook.addWorksheet("Instructions");
  instructions.getColumn(1).width = 110;
  const intro = `${form.cycle.frameworkName} (${form.cycle.frameworkCode}), ${form.cycle.year}: values of ${form.institution.name} (${form.institution.code})`;
  [intro, "", ...INSTRUCTIONS].forEach((line, index) => {
    const cell = instructions.getCell(index + 1, 1);
    cell.value = neutralizeCell(line);
    cell.alignment = { wrapText: true, vertical: "top" };
    if (index === 0 || index === 2) cell.font = { bold: true, size: index === 0 ? 13 : 12 };
  });

  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `${baseName}.xlsx`, contentType: XLSX_CONTENT_TYPE, body };
}

/** What a value may be, in the words of the template: "number 0-100", "yes / no", level codes. */
function allowedValues(indicator: EntryIndicator): string {
  if (isQuantitative(indicator.valueType)) {
    const { lowerLimit: lower, upperLimit: upper } = indicator;
    if (lower !== null && upper !== null) return lower < 0 ? `number from ${lower} to ${upper}` : `number ${lower}-${upper}`;
    if (lower !== null) return `number, at least ${lower}`;
    if (upper !== null) return `number, at most ${upper}`;
    return "number";
  }
  if (indicator.valueType === "YES_NO") return "yes / no";
  if (isLevelBased(indicator.valueType)) {
    return indicator.levels
      .map((level) => (level.label.toLowerCase() === level.code.toLowerCase() ? level.code : `${level.code} (${level.label})`))
      .join(" / ");
  }
  return "text";
}

/** A drop-down of the level codes, when Excel can hold it (no commas or quotes, 255 characters at most). */
function levelList(indicator: EntryIndicator): ExcelJS.DataValidation | null {
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
    errorTitle: "Not one of the levels",
    error: `Choose one of: ${codes.join(", ")}`,
  };
}
