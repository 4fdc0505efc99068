import { AppError } from "@/lib/errors";

/**
 * A spreadsheet as read from a file, before it means anything: its non-blank lines, each
 * with the spreadsheet's own line number (the header is line 1) and its cells as written.
 */
export type RawCell =
  | null
  | string
  | number
  | boolean
  | Date
  /** A cell that holds no usable value: an error result (#DIV/0!) or a formula never calculated. */
  | { problem: string };

export type RawLine = { line: number; cells: RawCell[] };

export type RawTable = { header: RawCell[]; lines: RawLine[] };

export const UNREADABLE_FILE = "The file is not a readable Excel workbook (.xlsx) or CSV file";

export function isBlankCell(cell: RawCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

export function tooManyRows(count: number, limit: number): AppError {
  return new AppError(
    "BAD_REQUEST",
    `The file has ${count.toLocaleString("en-GB")} rows of values; upload at most ${limit.toLocaleString("en-GB")} at a time (split it into several files)`,
  );
}
