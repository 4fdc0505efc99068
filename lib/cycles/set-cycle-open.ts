import "server-only";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { AppError } from "@/lib/errors";
import { requireCycle } from "@/lib/monitoring/require-cycle";
import { libText } from "@/lib/i18n/lib-text";

/**
 * Closes a cycle (no value can change any more) or reopens it. Closing does not approve
 * anything: values keep their status, and the report says what was left open.
 */
export async function setCycleOpen(access: AccessContext, target: { frameworkCode: string; year: number }, open: boolean): Promise<void> {
  requirePermission(access, "cycles.manage");
  await runMutation(actorOf(access), async (tx, audit) => {
    const cycle = await requireCycle(access, target.frameworkCode, target.year, tx);
    if ((cycle.status === "OPEN") === open) {
      const values = { year: String(cycle.year), framework: cycle.framework.code };
      throw new AppError("CONFLICT", open ? libText("errors.cycleAlreadyOpen", values) : libText("errors.cycleAlreadyClosed", values));
    }
    const closedAt = open ? null : new Date();
    await tx.reportingCycle.update({ where: { id: cycle.id }, data: { status: open ? "OPEN" : "CLOSED", closedAt } });
    await audit({
      workspaceId: access.workspace.id,
      action: open ? "cycle.reopened" : "cycle.closed",
      entityType: "ReportingCycle",
      entityId: cycle.id,
      summary: open
        ? libText("auditSummaries.cycleReopened", { year: String(cycle.year), framework: cycle.framework.code })
        : libText("auditSummaries.cycleClosed", { year: String(cycle.year), framework: cycle.framework.code }),
      before: { status: cycle.status },
      after: { status: open ? "OPEN" : "CLOSED" },
    });
  });
}
