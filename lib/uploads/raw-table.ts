import { AppError } from "@/lib/errors";
import { libText, type LibText } from "@/lib/i18n/lib-text";

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
  | { problem: LibText };

export type RawLine = { line: number; cells: RawCell[] };

export type RawTable = { header: RawCell[]; lines: RawLine[] };

export const UNREADABLE_FILE = libText("importProblems.uploadUnreadable");

export function isBlankCell(cell: RawCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

export function tooManyRows(count: number, limit: number): AppError {
  return new AppError("BAD_REQUEST", libText("importProblems.uploadTooManyRows", { count, limit }));
}
