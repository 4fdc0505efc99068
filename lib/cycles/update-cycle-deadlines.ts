import "server-only";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { requireCycle } from "@/lib/monitoring/require-cycle";
import { updateDeadlinesSchema, utcDate } from "./schemas";
import { libText } from "@/lib/i18n/lib-text";

export async function updateCycleDeadlines(
  access: AccessContext,
  target: { frameworkCode: string; year: number },
  raw: unknown,
): Promise<void> {
  requirePermission(access, "cycles.manage");
  const input = parseOrThrow(updateDeadlinesSchema, raw, libText("errors.checkDeadlines"));
  await runMutation(actorOf(access), async (tx, audit) => {
    const cycle = await requireCycle(access, target.frameworkCode, target.year, tx);
    await tx.reportingCycle.update({
      where: { id: cycle.id },
      data: { submissionDeadline: utcDate(input.submissionDeadline!), consolidationDeadline: utcDate(input.consolidationDeadline!) },
    });
    await audit({
      workspaceId: access.workspace.id,
      action: "cycle.updated",
      entityType: "ReportingCycle",
      entityId: cycle.id,
      summary: libText("auditSummaries.cycleDeadlinesChanged", { year: String(cycle.year), framework: cycle.framework.code }),
      before: {
        submissionDeadline: cycle.submissionDeadline.toISOString().slice(0, 10),
        consolidationDeadline: cycle.consolidationDeadline.toISOString().slice(0, 10),
      },
      after: { submissionDeadline: input.submissionDeadline, consolidationDeadline: input.consolidationDeadline },
    });
  });
}
