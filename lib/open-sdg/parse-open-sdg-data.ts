import Papa from "papaparse";
import type { Problem } from "@/lib/problems/problem";

/** Something the import worked around and says so (unreadable metadata, a name cut to length...). */
export type OpenSdgWarning = { file: string; line?: number; message: string };

export type OpenSdgObservation = {
  /** The file line the row starts on; the header is line 1. */
  line: number;
  year: number;
  /** Column name -> cell, for the disaggregation columns that are filled in; {} is the headline (total). */
  disaggregation: Record<string, string>;
  /** null: the Value cell is blank, so the value stays missing. */
  value: number | null;
};

export type ParsedOpenSdgData = {
  file: string;
  /** The disaggregation columns, in file order (every column but Year and Value). */
  columns: string[];
  observations: OpenSdgObservation[];
  /** What refuses the import: a value or a year that cannot be read. Rows are the file's lines (header = 1). */
  problems: Problem[];
};

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const YEAR = /^\d{4}$/;
/** Our own exports neutralise texts a spreadsheet would run as formulas with a leading quote; undo it. */
const NEUTRALISED = /^'[=+\-@\t\r]/;

/** The one place a byte-order mark is removed (175 of Moldova's 430 files start with one). */
export function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Reads one Open SDG data file: first column Year, a column Value, the columns between are
 * disaggregations (an empty cell is the total). Fully empty lines are skipped; a blank Value
 * is a missing value, not an error; an unreadable year or value is a problem at its line and
 * column. Pure: no I/O.
 */
export function parseOpenSdgData(file: string, rawText: string): ParsedOpenSdgData {
  // One line ending for all: some files mix CRLF and LF, which would confuse the parser's guess.
  const text = stripByteOrderMark(rawText).replace(/\r\n?/g, "\n");
  const problems: Problem[] = [];
  const rows: { line: number; cells: string[] }[] = [];
  let line = 1;
  let cursor = 0;
  Papa.parse<string[]>(text, {
    delimiter: ",",
    newline: "\n",
    skipEmptyLines: false,
    step: (result) => {
      const start = line;
      const end = result.meta.cursor;
      for (let index = cursor; index < end; index += 1) if (text.charCodeAt(index) === 10) line += 1;
      cursor = end;
      for (const error of result.errors)
        problems.push({ file, row: start, code: "unreadable", message: `The line cannot be read as CSV: ${error.message}` });
      rows.push({ line: start, cells: result.data });
    },
  });

  const header = rows.shift();
  const names = (header?.cells ?? []).map((cell) => cell.trim());
  const yearIndex = names.findIndex((name) => name.toLowerCase() === "year");
  const valueIndex = names.findIndex((name) => name.toLowerCase() === "value");
  if (yearIndex !== 0 || valueIndex < 0) {
    problems.push({
      file,
      row: 1,
      message: "The first line must be the header: Year first, a column Value, and the disaggregation columns",
    });
    return { file, columns: [], observations: [], problems };
  }
  const disaggregationIndexes = names.flatMap((_, index) => (index === yearIndex || index === valueIndex ? [] : [index]));
  const columns = disaggregationIndexes.map((index) => names[index]!);
  const seen = new Set<string>();
  for (const column of columns) {
    if (column === "") problems.push({ file, row: 1, message: "A column has no name" });
    else if (seen.has(column))
      problems.push({ file, row: 1, field: column, code: "duplicate", message: `The column ${column} appears twice` });
    seen.add(column);
  }

  const observations: OpenSdgObservation[] = [];
  for (const row of rows) {
    if (row.cells.every((cell) => cell.trim() === "")) continue;
    if (row.cells.length !== names.length) {
      problems.push({
        file,
        row: row.line,
        code: "unreadable",
        message: `The line has ${row.cells.length} cells; the header has ${names.length}`,
      });
      continue;
    }
    const yearCell = row.cells[yearIndex]!.trim();
    const valueCell = row.cells[valueIndex]!.trim();
    if (!YEAR.test(yearCell))
      problems.push({
        file,
        row: row.line,
        field: names[yearIndex]!,
        message: `"${yearCell}" is not a year (four digits)`,
      });
    const value = valueCell === "" ? null : NUMBER.test(valueCell) ? Number(valueCell) : undefined;
    if (value === undefined) problems.push({ file, row: row.line, field: names[valueIndex]!, message: `"${valueCell}" is not a number` });
    if (!YEAR.test(yearCell) || value === undefined) continue;
    // fromEntries, not assignment: a column named like "__proto__" stays an ordinary key.
    const disaggregation: Record<string, string> = Object.fromEntries(
      disaggregationIndexes.flatMap((index, position) => {
        const cell = row.cells[index]!.trim();
        return cell === "" ? [] : [[columns[position]!, NEUTRALISED.test(cell) ? cell.slice(1) : cell]];
      }),
    );
    observations.push({ line: row.line, year: Number(yearCell), disaggregation, value });
  }
  return { file, columns, observations, problems };
}
