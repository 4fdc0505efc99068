import type { AppError } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-text";
import { describeDisaggregation, isTotalKey } from "@/lib/indicators/disaggregation";
import type { RowConflict } from "@/lib/monitoring/plan-value-changes";
import { keyedProblem, type Problem } from "@/lib/problems/problem";

/** What an upload did or would do, by kind of change. */
export type UploadSummary = { created: number; updated: number; deleted: number; unchanged: number };

/** What the upload panel's server actions answer, in the spirit of ActionState. */
export type UploadActionState =
  | { status: "idle" }
  | { status: "checked"; fileName: string; summary: UploadSummary }
  | { status: "imported"; fileName: string; summary: UploadSummary }
  | { status: "error"; message: string; problems: readonly Problem[] };

/** The problems a refused upload carries, line by line, with the values changed meanwhile among them. */
export function uploadProblemsOf(error: AppError): Problem[] {
  const conflicts = ((error.details?.conflicts ?? []) as RowConflict[]).map((conflict): Problem =>
    keyedProblem(
      { row: conflict.row, field: "value", code: "conflict" },
      isTotalKey(conflict.disaggregation)
        ? libText("importProblems.uploadTotalChangedMeanwhile", { indicator: conflict.indicator })
        : libText("importProblems.uploadValueChangedMeanwhile", {
            indicator: conflict.indicator,
            breakdown: describeDisaggregation(conflict.disaggregation),
          }),
    ),
  );
  return [...error.problems, ...conflicts];
}
