import { AppError } from "@/lib/errors";

/** A problem at a line of an uploaded file and one of its columns ("row" when it is the whole line). */
export type FileRowProblem = { row: number; field: string; message: string };

/**
 * The refusal of an upload whose lines have problems, in the same shape as a refused save
 * (`details.rows`, `fieldErrors` keyed "line.column"), so that the API and the upload panel
 * report both alike. Nothing is saved.
 */
export function fileRowsRefused(problems: FileRowProblem[]): AppError {
  const sorted = [...problems].sort((a, b) => a.row - b.row);
  const rows = new Set(sorted.map((problem) => problem.row)).size;
  const fieldErrors: Record<string, string[]> = {};
  for (const problem of sorted) (fieldErrors[`${problem.row}.${problem.field}`] ??= []).push(problem.message);
  return new AppError("UNPROCESSABLE", `${rows} ${rows === 1 ? "row has" : "rows have"} problems; nothing was saved`, {
    fieldErrors,
    details: { rows: sorted },
  });
}
