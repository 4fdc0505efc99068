import { AppError } from "@/lib/errors";
import type { ValueStatus } from "@/lib/generated/prisma/enums";
import { libText } from "@/lib/i18n/lib-text";

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
  return new AppError("CONFLICT", libText("errors.valuesChangedByOthers", { count }), { details: { conflicts } });
}
