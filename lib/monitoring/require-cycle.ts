import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CycleStatus } from "@/lib/generated/prisma/enums";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { libText } from "@/lib/i18n/lib-text";

export type CycleRef = {
  id: string;
  year: number;
  status: CycleStatus;
  versionId: string;
  submissionDeadline: Date;
  consolidationDeadline: Date;
  openedAt: Date;
  closedAt: Date | null;
  framework: { id: string; code: string; name: string };
};

/** The reporting cycle of a framework (of the person's workspace) and year, or NOT_FOUND. */
export async function requireCycle(access: AccessContext, frameworkCode: string, year: number, client: Tx = db): Promise<CycleRef> {
  const cycle = await inWorkspace(access.workspace.id, client).reportingCycle.findFirst({
    where: { year, framework: { code: frameworkCode } },
    select: {
      id: true,
      year: true,
      status: true,
      versionId: true,
      submissionDeadline: true,
      consolidationDeadline: true,
      openedAt: true,
      closedAt: true,
      framework: { select: { id: true, code: true, name: true } },
    },
  });
  if (!cycle) throw new AppError("NOT_FOUND", libText("errors.noSuchCycle", { year: String(year), framework: frameworkCode }));
  return cycle;
}
