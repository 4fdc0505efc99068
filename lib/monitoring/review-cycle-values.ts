import "server-only";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { AppError, rowsRefused } from "@/lib/errors";
import { keyedProblem, type Problem, type ProblemCode } from "@/lib/problems/problem";
import type { ValueStatus } from "@/lib/generated/prisma/enums";
import { describeDisaggregation } from "@/lib/indicators/disaggregation";
import { notifyValuesReviewed } from "@/lib/notifications/notify-values-reviewed";
import { loadCycleIndicators } from "./load-cycle-indicators";
import { requireCycle } from "./require-cycle";
import { resolveDisaggregation } from "./resolve-disaggregation";
import { reviewBodySchema } from "./schemas";
import { valueSnapshot } from "./value-snapshot";
import { checkTransition } from "./value-workflow";
import { libText, type LibText } from "@/lib/i18n/lib-text";

export type ReviewResult = { approved: number; returned: number };

/**
 * The secretariat's review of submitted values: approve, or return with a reason. A batch
 * of decisions is all-or-nothing; each problem is reported at its decision (counted from 1).
 */
export async function reviewCycleValues(
  access: AccessContext,
  target: { frameworkCode: string; year: number },
  body: unknown,
): Promise<ReviewResult> {
  requirePermission(access, "values.review");
  const { decisions } = parseOrThrow(reviewBodySchema, body, libText("errors.reviewDecisionsNotValid"));

  return runMutation(actorOf(access), async (tx, audit) => {
    const cycle = await requireCycle(access, target.frameworkCode, target.year, tx);
    if (cycle.status === "CLOSED")
      throw new AppError("CONFLICT", libText("errors.cycleClosedForReview", { year: String(cycle.year), framework: cycle.framework.code }));
    const indicators = await loadCycleIndicators(
      cycle.versionId,
      { code: { in: [...new Set(decisions.map((decision) => decision.indicator))] } },
      tx,
    );
    const byCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));
    const values = await tx.indicatorValue.findMany({
      where: { year: cycle.year, indicatorId: { in: indicators.map((indicator) => indicator.id) } },
      select: {
        id: true,
        indicatorId: true,
        disaggregation: true,
        number: true,
        levelCode: true,
        text: true,
        status: true,
        version: true,
        returnReason: true,
      },
    });
    const byIdentity = new Map(values.map((value) => [`${value.indicatorId}|${value.disaggregation}`, value]));

    const errors: Problem[] = [];
    const seen = new Set<string>();
    const planned: {
      decision: (typeof decisions)[number];
      indicator: (typeof indicators)[number];
      value: (typeof values)[number];
      next: ValueStatus;
      key: string;
    }[] = [];
    decisions.forEach((decision, index) => {
      const refuse = (field: string, message: LibText, code?: ProblemCode) =>
        errors.push(keyedProblem({ row: index + 1, field, ...(code ? { code } : {}) }, message));
      const indicator = byCode.get(decision.indicator);
      if (!indicator)
        return refuse(
          "indicator",
          libText("errors.thereIsNoIndicatorInFramework", { code: decision.indicator, framework: cycle.framework.code }),
        );
      const breakdown = resolveDisaggregation(decision.disaggregation, indicator.dimensions, indicator.code);
      if (!breakdown.ok) return refuse("disaggregation", breakdown.message);
      const identity = `${indicator.id}|${breakdown.key}`;
      if (seen.has(identity)) return refuse("disaggregation", libText("errors.valueDecidedTwice"), "duplicate");
      seen.add(identity);
      const value = byIdentity.get(identity);
      const transition = checkTransition(decision.decision, value?.status ?? null, cycle);
      if (!transition.ok) return refuse("decision", transition.message);
      if (!value) return refuse("decision", libText("errors.noValueToReview"));
      if (decision.version !== undefined && decision.version !== value.version) {
        return refuse("version", libText("errors.valueChangedSinceSeen", { version: String(value.version) }));
      }
      planned.push({ decision, indicator, value, next: transition.next, key: breakdown.key });
    });
    if (errors.length > 0) throw rowsRefused(errors);

    const now = new Date();
    for (const { decision, value, next } of planned) {
      const updated = await tx.indicatorValue.updateMany({
        where: { id: value.id, version: value.version },
        data: {
          status: next,
          returnReason: decision.decision === "return" ? (decision.reason ?? null) : null,
          reviewedAt: now,
          reviewedById: access.user.id,
          version: value.version + 1,
          updatedAt: now,
        },
      });
      if (updated.count !== 1) throw new AppError("CONFLICT", libText("errors.reviewRaced"));
    }
    await audit.many(
      planned.map(({ decision, indicator, value, next, key }) => ({
        workspaceId: access.workspace.id,
        action: decision.decision === "approve" ? ("value.approved" as const) : ("value.returned" as const),
        entityType: "IndicatorValue" as const,
        entityId: value.id,
        summary:
          decision.decision === "approve"
            ? libText("auditSummaries.valueApproved", {
                code: indicator.code,
                breakdown: describeDisaggregation(key),
                year: String(cycle.year),
              })
            : libText("auditSummaries.valueReturned", {
                code: indicator.code,
                breakdown: describeDisaggregation(key),
                year: String(cycle.year),
                reason: String(decision.reason),
              }),
        before: valueSnapshot(value),
        after: valueSnapshot({
          ...value,
          status: next,
          version: value.version + 1,
          returnReason: decision.decision === "return" ? (decision.reason ?? null) : null,
        }),
      })),
    );
    // The focal points hear of it in the same transaction: no notice without the decision, nor the reverse.
    await notifyValuesReviewed(tx, {
      workspaceId: access.workspace.id,
      cycle: { frameworkCode: cycle.framework.code, year: cycle.year },
      values: planned.map(({ decision, indicator, value, key }) => ({
        valueId: value.id,
        decision: decision.decision,
        reason: decision.reason ?? null,
        indicator: {
          code: indicator.code,
          name: indicator.name,
          leadInstitutionId: indicator.leadInstitution?.id ?? null,
          contributorIds: indicator.contributorIds,
        },
        breakdown: describeDisaggregation(key),
      })),
    });
    return {
      approved: planned.filter((entry) => entry.decision.decision === "approve").length,
      returned: planned.filter((entry) => entry.decision.decision === "return").length,
    };
  });
}
