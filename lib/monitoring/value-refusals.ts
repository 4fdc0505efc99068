import { AppError } from "@/lib/errors";
import type { ValueStatus } from "@/lib/generated/prisma/enums";

/** A problem at a row (1-based, as people count rows) and a field. */
export type RowError = { row: number; field: string; message: string };

/** A value someone else changed since the writer read it, with what is stored now. */
export type RowConflict = {
  row: number;
  indicator: string;
  disaggregation: string;
  yourVersion: number | null;
  current: { value: number | string | null; status: ValueStatus; version: number; updatedAt: Date } | null;
};

/** Problems at rows refuse the whole batch; each is reported at its row and field. */
export function rowsRefused(errors: RowError[]): AppError {
  const rows = new Set(errors.map((error) => error.row)).size;
  const fieldErrors: Record<string, string[]> = {};
  for (const error of errors) (fieldErrors[`${error.row}.${error.field}`] ??= []).push(error.message);
  return new AppError("UNPROCESSABLE", `${rows} ${rows === 1 ? "row has" : "rows have"} problems; nothing was saved`, {
    fieldErrors,
    details: { rows: errors },
  });
}

export function conflictRefused(conflicts: RowConflict[]): AppError {
  const count = conflicts.length;
  return new AppError(
    "CONFLICT",
    `${count === 1 ? "A value was" : `${count} values were`} changed by someone else since you opened ${count === 1 ? "it" : "them"}; nothing was saved. Check the current ${count === 1 ? "value" : "values"} and save again.`,
    { details: { conflicts } },
  );
}
