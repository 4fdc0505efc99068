import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { describeDisaggregation } from "@/lib/indicators/disaggregation";
import { libText } from "@/lib/i18n/lib-text";
import { keyedProblem, type Problem } from "@/lib/problems/problem";

type ReturnedValue = {
  indicatorCode: string;
  identityId: string;
  year: number;
  disaggregation: string;
  status: string;
  reviewedAt: Date | null;
  reviewedById: string | null;
};

/**
 * The one rule of issue 14, trap 3: a returned value goes back to the secretariat changed or
 * with an answer. The secretariat returns a row of the entry form (an indicator's year, with
 * all its breakdowns) for one reason, so the row is answered as a whole: by a change to any of
 * its values (a changed value becomes a draft, lib/monitoring/value-workflow.ts), or by a
 * comment in its discussion written after the return by someone other than the reviewer.
 * Throws with one problem per value of an unanswered row, at the value's field of the entry form.
 */
export async function refuseUnansweredReturns(tx: Tx, values: readonly ReturnedValue[]): Promise<void> {
  const rowOf = (value: { identityId: string; year: number }) => `${value.identityId}|${value.year}`;
  const changedRows = new Set(values.filter((value) => value.status === "DRAFT").map(rowOf));
  const returned = values.filter((value) => value.status === "RETURNED" && !changedRows.has(rowOf(value)));
  if (returned.length === 0) return;
  const replies = await tx.valueComment.findMany({
    where: {
      identityId: { in: [...new Set(returned.map((value) => value.identityId))] },
      year: { in: [...new Set(returned.map((value) => value.year))] },
    },
    select: { identityId: true, year: true, authorId: true, createdAt: true },
  });
  const unanswered = returned.filter(
    (value) =>
      !replies.some(
        (reply) =>
          rowOf(reply) === rowOf(value) &&
          reply.createdAt.getTime() > (value.reviewedAt?.getTime() ?? 0) &&
          reply.authorId !== value.reviewedById,
      ),
  );
  if (unanswered.length === 0) return;
  const problems: Problem[] = unanswered.map((value) =>
    keyedProblem(
      { field: `values.${value.indicatorCode}${value.disaggregation ? `|${value.disaggregation}` : ""}` },
      libText("errors.returnUnanswered", { value: `${value.indicatorCode} ${describeDisaggregation(value.disaggregation)}` }),
    ),
  );
  const names = unanswered.map((value) => `${value.indicatorCode} ${describeDisaggregation(value.disaggregation)}`).join(", ");
  throw new AppError("UNPROCESSABLE", libText("errors.returnsUnanswered", { values: names, count: unanswered.length }), { problems });
}
