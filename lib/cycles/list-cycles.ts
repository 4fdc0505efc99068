import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import type { CycleStatus } from "@/lib/generated/prisma/enums";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

export type CycleSummary = {
  id: string;
  frameworkCode: string;
  frameworkName: string;
  year: number;
  status: CycleStatus;
  versionLabel: string;
  submissionDeadline: Date;
  consolidationDeadline: Date;
};

/** Every reporting cycle of the workspace, newest year first. One query. */
export async function listCycles(access: AccessContext): Promise<CycleSummary[]> {
  const cycles = await inWorkspace(access.workspace.id).reportingCycle.findMany({
    orderBy: [{ year: "desc" }, { framework: { code: "asc" } }],
    select: {
      id: true,
      year: true,
      status: true,
      submissionDeadline: true,
      consolidationDeadline: true,
      version: { select: { label: true } },
      framework: { select: { code: true, name: true } },
    },
  });
  return cycles.map((cycle) => ({
    id: cycle.id,
    frameworkCode: cycle.framework.code,
    frameworkName: cycle.framework.name,
    year: cycle.year,
    status: cycle.status,
    versionLabel: cycle.version.label,
    submissionDeadline: cycle.submissionDeadline,
    consolidationDeadline: cycle.consolidationDeadline,
  }));
}
