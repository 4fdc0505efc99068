import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { can } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { requireCycle } from "@/lib/monitoring/require-cycle";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { listCycleNarratives } from "./list-cycle-narratives";

/**
 * What the cycle's narratives page shows: the summary, each top-level area with its analysis,
 * and the indicators' explanations with their indicator; whether the person writes the
 * secretariat's texts. A fixed number of queries.
 */
export async function getCycleNarrativesPage(access: AccessContext, target: { frameworkCode: string; year: number }) {
  const cycle = await requireCycle(access, target.frameworkCode, target.year);
  const scoped = inWorkspace(access.workspace.id, db);
  const [narratives, areas, indicators] = await Promise.all([
    listCycleNarratives(access, target),
    scoped.area.findMany({
      where: { versionId: cycle.versionId, parentId: null },
      orderBy: { position: "asc" },
      select: { code: true, name: true },
    }),
    scoped.indicator.findMany({
      where: { versionId: cycle.versionId },
      orderBy: { position: "asc" },
      select: { identityId: true, code: true, name: true },
    }),
  ]);
  const texts = narratives ?? [];
  const find = (kind: string, subject: string) => texts.find((text) => text.kind === kind && text.subject === subject) ?? null;
  return {
    cycle,
    canWriteAnalysis: can(access, "cycles.manage"),
    summary: find("SUMMARY", ""),
    areas: areas.map((area) => ({ ...area, narrative: find("AREA", area.code) })),
    explanations: indicators.flatMap((indicator) => {
      const narrative = find("INDICATOR", indicator.identityId);
      return narrative ? [{ code: indicator.code, name: indicator.name, narrative }] : [];
    }),
  };
}
