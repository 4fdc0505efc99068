import { nameTranslationsSchema } from "@/lib/frameworks/schemas";
import { libText, type LibText } from "@/lib/i18n/lib-text";
import { keyedMessage } from "@/lib/problems/problem";
import type { RawCell, RawTable } from "@/lib/uploads/raw-table";
import { normaliseHeader, TRANSLATION_PREFIX } from "./matrix-columns";
import { parseNumberText } from "./matrix-cell-format";
import type { MatrixProblem } from "./matrix-problem";

/**
 * A sheet of a matrix file with its header understood: which column holds which field, and
 * cell readers that turn a cell into a text or a number or record a problem at that cell.
 */
export type MatrixRow = { row: number; cells: RawCell[] };

export type MatrixTable = {
  sheet: string;
  columnOf: Map<string, number>;
  /** Languages of the name:<language> columns, in the sheet's order. */
  languages: string[];
  rows: MatrixRow[];
  problems: MatrixProblem[];
};

const TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);
const languageKey = nameTranslationsSchema.keyType;

/** Checks the header against the columns the sheet may have; unknown, repeated and missing columns are problems at row 1. */
export function readMatrixTable(
  sheet: string,
  table: RawTable,
  columns: readonly { key: string; required?: boolean }[],
  problems: MatrixProblem[],
): MatrixTable {
  const allowed = new Set(columns.map((column) => column.key));
  const columnOf = new Map<string, number>();
  const languages: string[] = [];
  table.header.forEach((cell, index) => {
    if (cell === null || (typeof cell === "string" && cell.trim() === "")) return;
    const written = typeof cell === "string" || typeof cell === "number" ? String(cell).trim() : "";
    const key = normaliseHeader(written);
    const problem = (text: LibText) => problems.push(keyedMessage<MatrixProblem>({ sheet, row: 1, column: written || null }, text));
    if (key.startsWith(TRANSLATION_PREFIX)) {
      const language = key.slice(TRANSLATION_PREFIX.length);
      if (!languageKey.safeParse(language).success)
        return problem(libText("importProblems.matrixHeaderNamesNoLanguage", { column: written }));
      languages.push(language);
    } else if (!allowed.has(key)) {
      return problem(libText("importProblems.matrixNoSuchColumn", { column: written, columns: [...allowed].join(", ") }));
    }
    if (columnOf.has(key)) return problem(libText("importProblems.matrixColumnTwice", { column: written }));
    columnOf.set(key, index);
  });
  for (const column of columns) {
    if (column.required && !columnOf.has(column.key)) {
      problems.push(
        keyedMessage<MatrixProblem>(
          { sheet, row: 1, column: column.key },
          libText("importProblems.matrixAddColumn", { column: column.key }),
        ),
      );
    }
  }
  return { sheet, columnOf, languages, rows: table.lines.map((line) => ({ row: line.line, cells: line.cells })), problems };
}

export function rawCell(table: MatrixTable, row: MatrixRow, key: string): RawCell {
  const index = table.columnOf.get(key);
  return index === undefined ? null : (row.cells[index] ?? null);
}

function report(table: MatrixTable, row: MatrixRow, key: string, text: LibText) {
  table.problems.push(keyedMessage<MatrixProblem>({ sheet: table.sheet, row: row.row, column: key }, text));
}

/** The cell as text: trimmed, without the quote a formula-looking text was written with; undefined when empty. */
export function readText(table: MatrixTable, row: MatrixRow, key: string): string | undefined {
  const cell = rawCell(table, row, key);
  if (cell === null || cell === undefined) return undefined;
  if (cell instanceof Date) return void report(table, row, key, libText("importProblems.matrixCellHoldsDate"));
  if (typeof cell === "object") return void report(table, row, key, cell.problem);
  let text = String(cell).trim();
  if (text.startsWith("'") && TRIGGERS.has(text[1] ?? "")) text = text.slice(1);
  return text === "" ? undefined : text;
}

export function readNumber(table: MatrixTable, row: MatrixRow, key: string, example = "12.5"): number | undefined {
  const cell = rawCell(table, row, key);
  if (typeof cell === "number") return cell;
  const text = readText(table, row, key);
  if (text === undefined) return undefined;
  const number = parseNumberText(text);
  if (number === null) return void report(table, row, key, libText("importProblems.matrixNotANumber", { text, example }));
  return number;
}

/** What a whole-number cell holds, for its refusal ("is not a year"). */
export type WholeNumberKind = "year" | "versionNumber" | "mgiDomain" | "decimals";

export function readInteger(
  table: MatrixTable,
  row: MatrixRow,
  key: string,
  min: number,
  max: number,
  what: WholeNumberKind,
): number | undefined {
  const number = readNumber(table, row, key, String(min));
  if (number === undefined) return undefined;
  if (!Number.isInteger(number) || number < min || number > max) {
    return void report(
      table,
      row,
      key,
      libText("importProblems.matrixNotAWholeNumber", { value: String(number), what, min: String(min), max: String(max) }),
    );
  }
  return number;
}

/** A yes/no cell: "yes", "no", TRUE or FALSE; undefined when empty. */
export function readYesNo(table: MatrixTable, row: MatrixRow, key: string): boolean | undefined {
  const cell = rawCell(table, row, key);
  if (typeof cell === "boolean") return cell;
  const text = readText(table, row, key)?.toLowerCase();
  if (text === undefined) return undefined;
  if (text === "yes" || text === "true") return true;
  if (text === "no" || text === "false") return false;
  return void report(table, row, key, libText("importProblems.matrixNotYesOrNo", { text }));
}

export function reportAt(table: MatrixTable, row: MatrixRow, key: string, message: LibText) {
  report(table, row, key, message);
}

/** The name:<language> cells of a row; undefined when all are empty. */
export function readTranslations(table: MatrixTable, row: MatrixRow): Record<string, string> | undefined {
  const names: Record<string, string> = {};
  for (const language of table.languages) {
    const text = readText(table, row, `${TRANSLATION_PREFIX}${language}`);
    if (text !== undefined) names[language] = text;
  }
  return Object.keys(names).length > 0 ? names : undefined;
}
