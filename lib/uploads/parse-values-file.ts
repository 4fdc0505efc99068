import { AppError, rowsRefused } from "@/lib/errors";
import { libText, type LibText } from "@/lib/i18n/lib-text";
import type { ValueRowInput } from "@/lib/monitoring/plan-value-changes";
import { keyedProblem, type Problem, type ProblemCode } from "@/lib/problems/problem";
import { isBlankCell, tooManyRows, UNREADABLE_FILE, type RawCell, type RawTable } from "./raw-table";
import { readCsvTable } from "./read-csv-table";
import { readXlsxTable } from "./read-xlsx-table";
import { TEMPLATE_COLUMNS, type TemplateColumn } from "./template-columns";
import { MAX_UPLOAD_ROWS } from "./upload-limits";

/**
 * A row of an uploaded file, ready for saveCycleValues. The year stays as written when it is
 * not a number, so that the row check reports it at its line instead of the whole file
 * failing. Files carry no version: an upload overwrites drafts on purpose, and the planner
 * refuses values that are submitted or approved.
 */
export type UploadedValueRow = Omit<ValueRowInput, "year" | "version"> & { year?: number | string };

export type ParsedValuesFile = { rows: UploadedValueRow[]; rowNumbers: number[] };

const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);

/**
 * Reads an uploaded values file (an Excel workbook or a CSV file, told apart by their first
 * bytes) into value rows with the spreadsheet's line numbers (header = line 1). Refuses with
 * BAD_REQUEST when the file cannot be read or its columns are not the template's, and with
 * UNPROCESSABLE, line by line, when cells hold dates or errors where values belong.
 */
export async function parseValuesFile(file: { fileName: string; bytes: Uint8Array }): Promise<ParsedValuesFile> {
  const table = await readTable(file);
  const columns = mapColumns(table);
  if (table.lines.length === 0) throw new AppError("BAD_REQUEST", libText("importProblems.uploadNoValues"));
  if (table.lines.length > MAX_UPLOAD_ROWS) throw tooManyRows(table.lines.length, MAX_UPLOAD_ROWS);

  const problems: Problem[] = [];
  const parsed: ParsedValuesFile = { rows: [], rowNumbers: [] };
  for (const { line, cells } of table.lines) {
    const cell = (column: TemplateColumn): RawCell => cells[columns.get(column)!] ?? null;
    const problem = (column: string | undefined, text: LibText, code?: ProblemCode) =>
      problems.push(keyedProblem({ row: line, ...(column === undefined ? {} : { field: column }), code }, text));
    if (cells.slice(table.header.length).some((value) => !isBlankCell(value))) {
      problem(undefined, libText("importProblems.uploadMoreCellsThanColumns", { columns: table.header.length }), "unreadable");
    }

    const text = (column: TemplateColumn): string | null => {
      const value = cell(column);
      if (isProblem(value)) {
        problem(column, value.problem, "unreadable");
        return null;
      }
      return toText(value);
    };
    const row: UploadedValueRow = {
      indicator: text("indicator") ?? "",
      disaggregation: text("breakdown"),
      value: readValue(cell("value"), (text) => problem("value", text)),
      comment: text("comment"),
      source: text("source"),
      evidenceUrl: text("evidence_url"),
    };
    const year = readYear(cell("year"), (text) => problem("year", text));
    if (year !== undefined) row.year = year;
    parsed.rows.push(row);
    parsed.rowNumbers.push(line);
  }
  if (problems.length > 0) throw rowsRefused(problems);
  return parsed;
}

async function readTable({ fileName, bytes }: { fileName: string; bytes: Uint8Array }): Promise<RawTable> {
  if (bytes.length === 0) throw new AppError("BAD_REQUEST", libText("importProblems.uploadFileEmpty"));
  // An .xlsx workbook is a zip archive: "PK\x03\x04".
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return readXlsxTable(bytes);
  // The compound-file signature of Excel 97-2003 (.xls) workbooks.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new AppError("BAD_REQUEST", libText("importProblems.uploadOldExcel"));
  }
  if (/\.(xlsx|xlsm|xls|ods|zip)$/i.test(fileName.trim())) throw new AppError("BAD_REQUEST", UNREADABLE_FILE);
  return readCsvTable(bytes);
}

/** Column name -> cell index, after checking that the header has exactly the template's columns. */
function mapColumns(table: RawTable): Map<TemplateColumn, number> {
  const columns = new Map<TemplateColumn, number>();
  const unknown: string[] = [];
  const problems: LibText[] = [];
  table.header.forEach((cell, index) => {
    const name = (toText(isProblem(cell) ? null : cell) ?? "")
      .replace(/^\uFEFF/, "")
      .trim()
      .toLowerCase();
    if (name === "") {
      if (table.lines.some((line) => !isBlankCell(line.cells[index]))) {
        problems.push(libText("importProblems.uploadColumnWithoutHeader", { column: columnLetter(index) }));
      }
      return;
    }
    if (!(TEMPLATE_COLUMNS as readonly string[]).includes(name)) {
      unknown.push(name);
      return;
    }
    if (columns.has(name as TemplateColumn)) {
      problems.push(libText("importProblems.uploadColumnTwice", { column: name }));
      return;
    }
    columns.set(name as TemplateColumn, index);
  });
  const missing = TEMPLATE_COLUMNS.filter((column) => !columns.has(column));
  if (columns.size === 0) {
    throw new AppError("BAD_REQUEST", libText("importProblems.uploadNoHeaderLine", { columns: TEMPLATE_COLUMNS.join(", ") }));
  }
  if (unknown.length > 0)
    problems.unshift(
      libText("importProblems.uploadUnknownColumns", {
        count: unknown.length,
        names: quoted(unknown),
        columns: TEMPLATE_COLUMNS.join(", "),
      }),
    );
  if (missing.length > 0) problems.push(libText("importProblems.uploadMissingColumns", { count: missing.length, names: quoted(missing) }));
  const [first, ...others] = problems;
  if (first)
    throw new AppError("BAD_REQUEST", inSentences(first, others), { details: { unknownColumns: unknown, missingColumns: missing } });
  return columns;
}

function readValue(value: RawCell, report: (text: LibText) => void): UploadedValueRow["value"] {
  if (isProblem(value)) {
    report(value.problem);
    return null;
  }
  if (value instanceof Date) {
    report(libText("importProblems.uploadCellHoldsDate", { date: isoDate(value) }));
    return null;
  }
  if (typeof value === "string") return value.trim() === "" ? null : restoreText(value);
  return value;
}

function readYear(value: RawCell, report: (text: LibText) => void): number | string | undefined {
  if (isProblem(value)) {
    report(value.problem);
    return undefined;
  }
  if (typeof value === "number") return value;
  const text = toText(value)?.trim();
  if (!text) return undefined;
  return /^-?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(",", ".")) : text;
}

function toText(value: Exclude<RawCell, { problem: LibText }>): string | null {
  if (value === null) return null;
  if (value instanceof Date) return isoDate(value);
  if (typeof value === "string") return value.trim() === "" ? null : restoreText(value);
  return String(value);
}

/** Undoes the quote the template put before a text that looks like a formula, so texts round-trip. */
function restoreText(text: string): string {
  return text.startsWith("'") && FORMULA_TRIGGERS.has(text[1] ?? "") ? text.slice(1) : text;
}

function isProblem(value: RawCell | undefined): value is { problem: LibText } {
  return typeof value === "object" && value !== null && !(value instanceof Date);
}

function isoDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const quoted = (items: readonly string[]) => items.map((item) => `"${item}"`).join(", ");

/** Several refusals of the header said as one message, a sentence each, in the reader's language. */
function inSentences(first: LibText, others: readonly LibText[]): LibText {
  const [next, ...rest] = others;
  return next ? libText("importProblems.sentences", { first, next: inSentences(next, rest) }) : first;
}
