import { AppError } from "@/lib/errors";
import type { ValueStatus } from "@/lib/generated/prisma/enums";

/** A value someone else changed since the writer read it, with what is stored now. */
export type RowConflict = {
  row: number;
  indicator: string;
  disaggregation: string;
  yourVersion: number | null;
  current: { value: number | string | null; status: ValueStatus; version: number; updatedAt: Date } | null;
};

export function conflictRefused(conflicts: RowConflict[]): AppError {
  const count = conflicts.length;
  return new AppError(
    "CONFLICT",
    `${count === 1 ? "A value was" : `${count} values were`} changed by someone else since you opened ${count === 1 ? "it" : "them"}; nothing was saved. Check the current ${count === 1 ? "value" : "values"} and save again.`,
    { details: { conflicts } },
  );
}
