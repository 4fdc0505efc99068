import "server-only";
import { keyedProblem } from "@/lib/problems/problem";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { AppError } from "@/lib/errors";
import { pickCurrentVersion } from "@/lib/frameworks/pick-current-version";
import { defaultDeadlines, openCycleSchema, utcDate } from "./schemas";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { libText } from "@/lib/i18n/lib-text";

/**
 * Opens the reporting cycle of a framework for a year, on the framework's current approved
 * version. Deadlines default to 25 January and 31 March of the following year.
 */
export async function openCycle(access: AccessContext, raw: unknown): Promise<{ cycleId: string }> {
  requirePermission(access, "cycles.manage");
  const input = parseOrThrow(openCycleSchema, raw, libText("errors.checkCycle"));
  const defaults = defaultDeadlines(input.year);
  const deadlines = {
    submissionDeadline: input.submissionDeadline ?? defaults.submissionDeadline,
    consolidationDeadline: input.consolidationDeadline ?? defaults.consolidationDeadline,
  };

  return runMutation(actorOf(access), async (tx, audit) => {
    const framework = await inWorkspace(access.workspace.id, tx).framework.findFirst({
      where: { code: input.frameworkCode },
      select: { id: true, code: true, versions: { select: { id: true, number: true, label: true, status: true } } },
    });
    if (!framework)
      throw new AppError("BAD_REQUEST", libText("errors.noSuchFramework", { framework: input.frameworkCode }), {
        problems: [keyedProblem({ field: "frameworkCode" }, libText("errors.chooseFrameworkFromList"))],
      });
    const version = pickCurrentVersion(framework.versions);
    if (!version || version.status !== "APPROVED") {
      throw new AppError("CONFLICT", libText("errors.noApprovedVersion", { framework: framework.code }));
    }
    const existing = await tx.reportingCycle.findUnique({
      where: { frameworkId_year: { frameworkId: framework.id, year: input.year } },
      select: { id: true },
    });
    if (existing)
      throw new AppError("CONFLICT", libText("errors.cycleExists", { year: String(input.year), framework: framework.code }), {
        problems: [keyedProblem({ field: "year", code: "duplicate" }, libText("errors.yearHasCycle", { year: String(input.year) }))],
      });

    const cycle = await tx.reportingCycle.create({
      data: {
        frameworkId: framework.id,
        versionId: version.id,
        year: input.year,
        submissionDeadline: utcDate(deadlines.submissionDeadline),
        consolidationDeadline: utcDate(deadlines.consolidationDeadline),
      },
    });
    await audit({
      workspaceId: access.workspace.id,
      action: "cycle.opened",
      entityType: "ReportingCycle",
      entityId: cycle.id,
      summary: libText("auditSummaries.cycleOpened", { year: String(input.year), framework: framework.code, version: version.label }),
      after: { framework: framework.code, year: input.year, version: version.label, ...deadlines },
    });
    return { cycleId: cycle.id };
  });
}
