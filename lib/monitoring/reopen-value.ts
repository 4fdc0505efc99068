import "server-only";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { AppError } from "@/lib/errors";
import { describeDisaggregation } from "@/lib/indicators/disaggregation";
import { requireCycle } from "./require-cycle";
import { requireVisibleValue } from "./require-visible-value";
import { reasonSchema } from "./schemas";
import { valueSnapshot } from "./value-snapshot";
import { checkTransition } from "./value-workflow";
import { libText } from "@/lib/i18n/lib-text";

/** Unlocks an approved value for correction: it goes back to the institution as returned, with the reason. */
export async function reopenValue(access: AccessContext, valueId: string, rawReason: unknown): Promise<void> {
  requirePermission(access, "values.reopen");
  const reason = parseOrThrow(reasonSchema, rawReason, libText("errors.sayWhyReopened"));
  await runMutation(actorOf(access), async (tx, audit) => {
    const value = await requireVisibleValue(access, valueId, tx);
    const cycle = await requireCycle(access, value.indicator.version.framework.code, value.year, tx);
    const transition = checkTransition("reopen", value.status, cycle);
    if (!transition.ok) throw new AppError("CONFLICT", transition.message);
    const updated = await tx.indicatorValue.updateMany({
      where: { id: value.id, version: value.version },
      data: {
        status: transition.next,
        returnReason: reason,
        version: value.version + 1,
        reviewedAt: new Date(),
        reviewedById: access.user.id,
      },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", libText("errors.valueChangedMeanwhile"));
    await audit({
      workspaceId: access.workspace.id,
      action: "value.reopened",
      entityType: "IndicatorValue",
      entityId: value.id,
      summary: libText("auditSummaries.valueReopened", {
        code: value.indicator.code,
        breakdown: describeDisaggregation(value.disaggregation),
        year: String(value.year),
        reason,
      }),
      before: valueSnapshot(value),
      after: valueSnapshot({ ...value, status: transition.next, version: value.version + 1, returnReason: reason }),
    });
  });
}
