import Papa from "papaparse";
import type { OpenSdgRefusal, OpenSdgRefusalReason } from "./open-sdg-refusal";
import { DEFAULT_PERIOD_RULE, parseOpenSdgPeriod, type PeriodRule } from "./parse-open-sdg-period";
import { keyedMessage, withWording, wordingOf } from "@/lib/problems/problem";
import { libText, type LibText } from "@/lib/i18n/lib-text";

/** Something the import worked around and says so (unreadable metadata, a name cut to length...). */
export type OpenSdgWarning = { file: string; line?: number; message: string };

export type OpenSdgObservation = {
  /** The file line the row starts on; the header is line 1. */
  line: number;
  year: number;
  /** The Year cell as written when it was a period ("2014/2015") stored under one year. */
  periodLabel?: string;
  /** Column name -> cell, for the disaggregation columns that are filled in; {} is the headline (total). */
  disaggregation: Record<string, string>;
  /** null: the Value cell is blank, so the value stays missing. */
  value: number | null;
};

export type ParsedOpenSdgData = {
  file: string;
  /** The disaggregation columns, in file order (every named column but Year and Value). */
  columns: string[];
  /** Data rows read, fully empty lines aside: each one is an observation or refused. */
  rows: number;
  observations: OpenSdgObservation[];
  /** What refuses a row (with `row`) or the whole file (without). Rows are the file's lines (header = 1). */
  problems: OpenSdgRefusal[];
  warnings: OpenSdgWarning[];
};

/** No line of a data file is this long; a longer one is a broken file (a missing line break, a binary file). */
export const MAX_LINE_CHARS = 1_000_000;

/** A number as a Value cell (or SDMX's OBS_VALUE) may write it; kept exactly as written (decision 025). */
export const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** Our own exports neutralise texts a spreadsheet would run as formulas with a leading quote; undo it. */
const NEUTRALISED = /^'[=+\-@\t\r]/;

/** Removes a byte-order mark the decoder left (texts given directly, as in tests, may start with one). */
export function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

type Row = { line: number; cells: string[]; /** The CSV reader could not read it; refused already. */ isUnreadable: boolean };

/**
 * Reads one Open SDG data file: a column Year and a column Value, in any order; every other
 * named column is a disaggregation (an empty cell is the total). Columns without a name are
 * ignored with a warning while empty (spreadsheets leave `,,,,` at the end of the header), and
 * refuse the file, naming their position, when they hold data. Fully empty lines are skipped;
 * a blank Value is a missing value, not an error; an unreadable year or value refuses its row.
 * Pure: no I/O.
 */
export function parseOpenSdgData(file: string, rawText: string, periodRule: PeriodRule = DEFAULT_PERIOD_RULE): ParsedOpenSdgData {
  const problems: OpenSdgRefusal[] = [];
  const refuse = (reason: OpenSdgRefusalReason, text: LibText | string, row?: number, field?: string) =>
    problems.push(
      withWording<OpenSdgRefusal>({ file, ...(row === undefined ? {} : { row }), ...(field === undefined ? {} : { field }), reason }, text),
    );
  const warnings: OpenSdgWarning[] = [];
  const text = stripByteOrderMark(rawText);
  const longLine = findLongLine(text);
  if (longLine) {
    refuse(
      "line too long",
      libText("importProblems.dataLineTooLong", { line: String(longLine.line), length: longLine.length, limit: MAX_LINE_CHARS }),
    );
    return { file, columns: [], rows: 0, observations: [], problems, warnings };
  }
  const { header, rows } = readRows(file, text, problems);
  const names = (header?.cells ?? []).map((cell) => cell.trim());
  const yearIndex = names.findIndex((name) => name.toLowerCase() === "year");
  const valueIndex = names.findIndex((name) => name.toLowerCase() === "value");
  const result = (columns: string[], observations: OpenSdgObservation[]): ParsedOpenSdgData => ({
    file,
    columns,
    rows: rows.length,
    observations,
    problems,
    warnings,
  });
  if (yearIndex < 0 || valueIndex < 0) {
    refuse("header", libText("importProblems.dataHeader"), 1);
    return result([], []);
  }

  const unnamed = checkUnnamedColumns(names, rows);
  if (unnamed.withData.length > 0) {
    for (const { position, line } of unnamed.withData)
      refuse(
        "unnamed column with data",
        libText("importProblems.dataUnnamedColumnWithData", { position: String(position), line: String(line) }),
        1,
      );
    return result([], []);
  }
  if (unnamed.empty.length > 0)
    warnings.push(
      keyedMessage<OpenSdgWarning>(
        { file, line: 1 },
        libText("importProblems.dataUnnamedColumnsIgnored", { count: unnamed.empty.length, positions: unnamed.empty.join(", ") }),
      ),
    );

  const disaggregationIndexes = names.flatMap((name, index) => (index === yearIndex || index === valueIndex || name === "" ? [] : [index]));
  const columns = disaggregationIndexes.map((index) => names[index]!);
  const seen = new Set<string>([names[yearIndex]!.toLowerCase(), names[valueIndex]!.toLowerCase()]);
  let headerRefused = false;
  for (const column of columns) {
    if (seen.has(column.toLowerCase())) {
      refuse("header", libText("importProblems.dataColumnTwice", { column }), 1, column);
      headerRefused = true;
    }
    seen.add(column.toLowerCase());
  }
  if (headerRefused) return result([], []);

  const observations: OpenSdgObservation[] = [];
  const lastNamed = names.findLastIndex((name) => name !== "");
  for (const row of rows) {
    if (row.isUnreadable) continue;
    // Missing cells of ignored unnamed columns and empty cells past the header's end are harmless.
    const isShort = row.cells.length <= lastNamed;
    const hasExtraData = row.cells.slice(names.length).some((cell) => cell.trim() !== "");
    if (isShort || hasExtraData) {
      refuse("malformed line", libText("importProblems.dataLineCells", { cells: row.cells.length, columns: names.length }), row.line);
      continue;
    }
    const yearCell = row.cells[yearIndex]!.trim();
    const valueCell = row.cells[valueIndex]!.trim();
    const period = parseOpenSdgPeriod(yearCell, periodRule);
    if (!period.ok) refuse(period.reason, wordingOf(period), row.line, names[yearIndex]!);
    const value = valueCell === "" ? null : NUMBER.test(valueCell) ? Number(valueCell) : undefined;
    if (value === undefined)
      refuse("not a number", libText("importProblems.dataNotANumber", { cell: valueCell }), row.line, names[valueIndex]!);
    if (!period.ok || value === undefined) continue;
    // fromEntries, not assignment: a column named like "__proto__" stays an ordinary key.
    const disaggregation: Record<string, string> = Object.fromEntries(
      disaggregationIndexes.flatMap((index, position) => {
        const cell = row.cells[index]!.trim();
        return cell === "" ? [] : [[columns[position]!, NEUTRALISED.test(cell) ? cell.slice(1) : cell]];
      }),
    );
    observations.push({ line: row.line, year: period.year, ...(period.label ? { periodLabel: period.label } : {}), disaggregation, value });
  }
  return result(columns, observations);
}

/** The first line longer than MAX_LINE_CHARS, found before the CSV reader would hold it whole. */
function findLongLine(text: string): { line: number; length: number } | null {
  let line = 1;
  let start = 0;
  for (;;) {
    const end = text.indexOf("\n", start);
    const stop = end < 0 ? text.length : end;
    if (stop - start > MAX_LINE_CHARS) return { line, length: stop - start };
    if (end < 0) return null;
    start = end + 1;
    line += 1;
  }
}

/** The header and the data rows with the line each starts on; fully empty lines are dropped. */
function readRows(file: string, text: string, problems: OpenSdgRefusal[]): { header: Row | undefined; rows: Row[] } {
  const rows: Row[] = [];
  let header: Row | undefined;
  let line = 1;
  let cursor = 0;
  // Papa is told the line ending: files that mix CRLF and LF would confuse its guess. "\n"
  // covers both; a CR left at a cell's end is trimmed with the cell.
  Papa.parse<string[]>(text, {
    delimiter: ",",
    newline: "\n",
    skipEmptyLines: false,
    step: (result) => {
      const start = line;
      const end = result.meta.cursor;
      for (let index = cursor; index < end; index += 1) if (text.charCodeAt(index) === 10) line += 1;
      cursor = end;
      const cells = result.data.map((cell) => (cell.endsWith("\r") ? cell.slice(0, -1) : cell));
      const isUnreadable = result.errors.length > 0;
      for (const error of result.errors)
        problems.push(
          keyedMessage<OpenSdgRefusal>(
            { file, row: start, reason: "malformed line", code: "unreadable" },
            libText("importProblems.dataLineNotCsv", { error: error.message }),
          ),
        );
      if (header === undefined) header = { line: start, cells, isUnreadable };
      else if (isUnreadable || cells.some((cell) => cell.trim() !== "")) rows.push({ line: start, cells, isUnreadable });
    },
  });
  return { header, rows };
}

/** Header columns without a name (1-based positions): those empty in every row, and those holding data (with the first line that does). */
function checkUnnamedColumns(names: string[], rows: Row[]) {
  const empty: number[] = [];
  const withData: { position: number; line: number }[] = [];
  names.forEach((name, index) => {
    if (name !== "") return;
    const filled = rows.find((row) => !row.isUnreadable && (row.cells[index] ?? "").trim() !== "");
    if (filled) withData.push({ position: index + 1, line: filled.line });
    else empty.push(index + 1);
  });
  return { empty, withData };
}
