import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import type { NarrativeKind } from "@/lib/generated/prisma/enums";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

export type NarrativeText = {
  kind: NarrativeKind;
  subject: string;
  body: string;
  version: number;
  updatedByLabel: string;
  updatedAt: Date;
};

/**
 * Every narrative of a framework's year: the texts of the report, readable by all who read the
 * framework (they are written for the report). Null when the year has no cycle.
 */
export async function listCycleNarratives(
  access: AccessContext,
  target: { frameworkCode: string; year: number },
): Promise<NarrativeText[] | null> {
  requirePermission(access, "frameworks.read");
  const cycle = await inWorkspace(access.workspace.id, db).reportingCycle.findFirst({
    where: { year: target.year, framework: { code: target.frameworkCode } },
    select: { narratives: { select: { kind: true, subject: true, body: true, version: true, updatedByLabel: true, updatedAt: true } } },
  });
  return cycle ? cycle.narratives : null;
}
