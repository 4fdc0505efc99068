import { AppError } from "@/lib/errors";
import { findBreakdownMismatches } from "@/lib/indicators/breakdown-sums";
import { describeDisaggregation } from "@/lib/indicators/disaggregation";
import { libText } from "@/lib/i18n/lib-text";
import { keyedProblem, type Problem } from "@/lib/problems/problem";
import type { CycleIndicator } from "./load-cycle-indicators";
import { inMemberOrder } from "./expected-rows";
import { memberNamesOf } from "./member-names";

type YearValue = { indicatorId: string; disaggregation: string; number: number | null };

/**
 * The hard rule of issue 14, trap 6: an indicator whose matrix says its breakdowns must add up
 * is not submitted while the rows of a dimension (female + male) and its total disagree.
 * Indicators without the rule are only warned about, on the entry form and in the review.
 * `submitting` names the indicators with a value about to be submitted; only they are checked.
 */
export function refuseBreakdownMismatches(
  indicators: readonly CycleIndicator[],
  values: readonly YearValue[],
  submitting: ReadonlySet<string>,
): void {
  const problems: Problem[] = [];
  for (const indicator of indicators) {
    if (!indicator.breakdownsMustSum || !submitting.has(indicator.id)) continue;
    const rows = inMemberOrder(
      indicator,
      values.filter((value) => value.indicatorId === indicator.id).map((value) => ({ key: value.disaggregation, number: value.number })),
    );
    const names = memberNamesOf(indicator);
    for (const mismatch of findBreakdownMismatches(indicator, rows)) {
      const parts = mismatch.partKeys.map((key) => describeDisaggregation(key, names)).join(" + ");
      problems.push(
        keyedProblem(
          { field: `values.${indicator.code}` },
          libText("errors.breakdownNotAddingUp", { code: indicator.code, parts, sum: mismatch.sum, total: mismatch.total }),
        ),
      );
    }
  }
  if (problems.length === 0) return;
  const codes = [...new Set(problems.map((problem) => problem.field!.slice("values.".length)))].join(", ");
  throw new AppError("UNPROCESSABLE", libText("errors.breakdownsRefused", { codes }), { problems });
}
