import "server-only";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { AppError } from "@/lib/errors";
import { describeDisaggregation } from "@/lib/indicators/disaggregation";
import { expectedRows } from "./expected-rows";
import { loadCycleIndicators } from "./load-cycle-indicators";
import { memberNamesOf } from "./member-names";
import { requireCycle } from "./require-cycle";
import { refuseBreakdownMismatches } from "./refuse-breakdown-mismatches";
import { refuseUnansweredReturns } from "./unanswered-returns";
import { valueSnapshot } from "./value-snapshot";
import { ownInstitutionIndicatorsWhere } from "./visible-values";
import { checkTransition, EDITABLE_STATUSES } from "./value-workflow";
import { libText } from "@/lib/i18n/lib-text";

export type MissingValue = { indicator: string; name: string; disaggregation: string; label: string };

export type SubmitResult = { submitted: number; missing: MissingValue[] };

/**
 * Submits the institution's draft and corrected values of a cycle for review, in one
 * transaction. Values still missing do not block the submission; they are listed so the
 * institution knows what the secretariat will find incomplete.
 */
export async function submitCycleValues(access: AccessContext, target: { frameworkCode: string; year: number }): Promise<SubmitResult> {
  requirePermission(access, "values.submit");
  const institution = access.membership.institution;
  if (!institution) throw new AppError("FORBIDDEN", libText("errors.noInstitutionToSubmit"));

  return runMutation(actorOf(access), async (tx, audit) => {
    const cycle = await requireCycle(access, target.frameworkCode, target.year, tx);
    if (cycle.status === "CLOSED")
      throw new AppError(
        "CONFLICT",
        libText("errors.cycleClosedForSubmission", { year: String(cycle.year), framework: cycle.framework.code }),
      );
    const indicators = await loadCycleIndicators(cycle.versionId, ownInstitutionIndicatorsWhere(institution.id), tx);
    const values = await tx.indicatorValue.findMany({
      where: { year: cycle.year, indicatorId: { in: indicators.map((indicator) => indicator.id) } },
      select: {
        id: true,
        identityId: true,
        indicatorId: true,
        year: true,
        disaggregation: true,
        number: true,
        levelCode: true,
        text: true,
        status: true,
        version: true,
        returnReason: true,
        reviewedAt: true,
        reviewedById: true,
      },
    });
    const toSubmit = values.filter((value) => checkTransition("submit", value.status, cycle).ok);
    if (toSubmit.length === 0) {
      throw new AppError("CONFLICT", libText("errors.nothingToSubmit", { institution: institution.code, year: String(cycle.year) }));
    }

    const codeById = new Map(indicators.map((indicator) => [indicator.id, indicator.code]));
    await refuseUnansweredReturns(
      tx,
      toSubmit.map((value) => ({ ...value, indicatorCode: codeById.get(value.indicatorId) ?? "" })),
    );
    refuseBreakdownMismatches(indicators, values, new Set(toSubmit.map((value) => value.indicatorId)));

    const now = new Date();
    const updated = await tx.indicatorValue.updateMany({
      where: { id: { in: toSubmit.map((value) => value.id) }, status: { in: [...EDITABLE_STATUSES] } },
      data: {
        status: "SUBMITTED",
        submittedAt: now,
        returnReason: null,
        version: { increment: 1 },
        updatedById: access.user.id,
        updatedAt: now,
      },
    });
    if (updated.count !== toSubmit.length) throw new AppError("CONFLICT", libText("errors.submitRaced"));

    await audit.many(
      toSubmit.map((value) => ({
        workspaceId: access.workspace.id,
        action: "value.submitted" as const,
        entityType: "IndicatorValue" as const,
        entityId: value.id,
        summary: libText("auditSummaries.valueSubmitted", {
          code: String(codeById.get(value.indicatorId)),
          breakdown: describeDisaggregation(value.disaggregation),
          year: String(cycle.year),
          institution: institution.code,
        }),
        before: valueSnapshot(value),
        after: valueSnapshot({ ...value, status: "SUBMITTED", version: value.version + 1, returnReason: null }),
      })),
    );

    const present = new Set(values.map((value) => `${value.indicatorId}|${value.disaggregation}`));
    const missing = indicators.flatMap((indicator) =>
      expectedRows(indicator)
        .filter((key) => !present.has(`${indicator.id}|${key}`))
        .map((key) => ({
          indicator: indicator.code,
          name: indicator.name,
          disaggregation: key,
          label: describeDisaggregation(key, memberNamesOf(indicator)),
        })),
    );
    return { submitted: toSubmit.length, missing };
  });
}
