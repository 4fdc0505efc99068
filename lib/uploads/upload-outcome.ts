import type { AppError } from "@/lib/errors";
import { describeDisaggregation } from "@/lib/indicators/disaggregation";

/** What an upload did or would do, by kind of change. */
export type UploadSummary = { created: number; updated: number; deleted: number; unchanged: number };

/** One problem of a refused upload; `row` is the file's line, `column` its column (null: the whole line or file). */
export type UploadProblem = { row: number | null; column: string | null; message: string };

/** What the upload panel's server actions answer, in the spirit of ActionState. */
export type UploadActionState =
  | { status: "idle" }
  | { status: "checked"; fileName: string; summary: UploadSummary }
  | { status: "imported"; fileName: string; summary: UploadSummary }
  | { status: "error"; message: string; problems: UploadProblem[] };

type Details = {
  rows?: { row: number; field: string; message: string }[];
  conflicts?: { row: number; indicator: string; disaggregation: string }[];
};

/** The problems a refused upload carries, line by line, for the panel to list. */
export function uploadProblemsOf(error: AppError): UploadProblem[] {
  const details = (error.details ?? {}) as Details;
  const rows = (details.rows ?? []).map((problem) => ({
    row: problem.row,
    column: problem.field === "row" ? null : problem.field,
    message: problem.message,
  }));
  const conflicts = (details.conflicts ?? []).map((conflict) => ({
    row: conflict.row,
    column: "value",
    message: `${conflict.indicator} ${describeDisaggregation(conflict.disaggregation)} was changed by someone else meanwhile; download the template again`,
  }));
  return [...rows, ...conflicts];
}
