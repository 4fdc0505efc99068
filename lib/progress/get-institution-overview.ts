import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { can } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-text";
import { pickCurrentVersion } from "@/lib/frameworks/pick-current-version";
import type { CycleStatus, ValueStatus } from "@/lib/generated/prisma/enums";
import { indicatorProgressAt, type SeriesPoint } from "./indicator-progress";
import type { ProgressStatus } from "./progress-status";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

export type InstitutionIndicator = {
  frameworkCode: string;
  code: string;
  name: string;
  role: "lead" | "contributor";
  latestYear: number | null;
  status: ProgressStatus;
};

export type InstitutionCycle = {
  frameworkCode: string;
  year: number;
  status: CycleStatus;
  assigned: number;
  counts: Record<ValueStatus, number>;
  missing: number;
  percentApproved: number;
};

export type InstitutionOverview = {
  institution: { code: string; name: string; isActive: boolean };
  indicators: InstitutionIndicator[];
  /** Null when the person may not follow this institution's completeness. */
  cycles: InstitutionCycle[] | null;
};

/**
 * One institution's view: the latest progress status of each indicator it leads or
 * contributes to (approved values), and, for those who follow completeness, how complete
 * its reporting was in each cycle. A fixed number of queries.
 */
export async function getInstitutionOverview(access: AccessContext, code: string): Promise<InstitutionOverview> {
  const scoped = inWorkspace(access.workspace.id);
  const institution = await scoped.institution.findFirst({ where: { code } });
  if (!institution) throw new AppError("NOT_FOUND", libText("errors.noInstitutionWithCode", { code }));
  const seesCompleteness = can(access, "completeness.read-all") || access.membership.institution?.id === institution.id;

  const [frameworks, cycles] = await Promise.all([
    scoped.framework.findMany({
      orderBy: { createdAt: "asc" },
      select: { id: true, code: true, baseYear: true, versions: { select: { id: true, number: true, status: true } } },
    }),
    scoped.reportingCycle.findMany({
      orderBy: [{ year: "desc" }],
      select: { year: true, status: true, versionId: true, framework: { select: { code: true } } },
    }),
  ]);
  const currentVersion = new Map(
    frameworks.flatMap((framework) => {
      const version = pickCurrentVersion(framework.versions);
      return version ? [[version.id, framework] as const] : [];
    }),
  );
  const responsible = { OR: [{ leadInstitutionId: institution.id }, { contributors: { some: { institutionId: institution.id } } }] };
  const indicators = await db.indicator.findMany({
    where: { versionId: { in: [...new Set([...currentVersion.keys(), ...cycles.map((cycle) => cycle.versionId)])] }, ...responsible },
    orderBy: [{ position: "asc" }],
    select: {
      id: true,
      identityId: true,
      code: true,
      name: true,
      versionId: true,
      valueType: true,
      direction: true,
      lowerLimit: true,
      upperLimit: true,
      baselineYear: true,
      baselineNumber: true,
      baselineLevel: true,
      leadInstitutionId: true,
      levels: { select: { code: true, score: true } },
      targets: { select: { year: true, number: true, levelCode: true, isFinal: true } },
    },
  });
  // Every status is counted, as the cycle's completeness page does: a draft the reader may not
  // open still counts as entered, not missing. Only approved values (public to everyone) feed
  // the progress statuses, so no draft's content leaves this function.
  const values = await db.indicatorValue.findMany({
    // By identity: an indicator's series goes on across the framework's versions.
    where: { disaggregation: "", identityId: { in: [...new Set(indicators.map((indicator) => indicator.identityId))] } },
    select: { identityId: true, year: true, number: true, levelCode: true, status: true },
  });
  const valuesOf = new Map<string, typeof values>();
  for (const value of values) {
    const list = valuesOf.get(value.identityId);
    if (list) list.push(value);
    else valuesOf.set(value.identityId, [value]);
  }

  const statusRows: InstitutionIndicator[] = indicators
    .filter((indicator) => currentVersion.has(indicator.versionId))
    .map((indicator) => {
      const framework = currentVersion.get(indicator.versionId)!;
      const series: SeriesPoint[] = (valuesOf.get(indicator.identityId) ?? [])
        .filter((value) => value.status === "APPROVED")
        .sort((a, b) => a.year - b.year);
      const latest = series.at(-1) ?? null;
      const progress = latest ? indicatorProgressAt({ ...indicator }, series, latest.year, framework.baseYear) : null;
      return {
        frameworkCode: framework.code,
        code: indicator.code,
        name: indicator.name,
        role: indicator.leadInstitutionId === institution.id ? ("lead" as const) : ("contributor" as const),
        latestYear: latest?.year ?? null,
        status: progress?.status ?? "not_available",
      };
    });

  const cycleRows: InstitutionCycle[] | null = seesCompleteness
    ? cycles
        .map((cycle) => {
          const own = indicators.filter((indicator) => indicator.versionId === cycle.versionId);
          const counts: Record<ValueStatus, number> = { DRAFT: 0, SUBMITTED: 0, RETURNED: 0, APPROVED: 0 };
          let withValue = 0;
          for (const indicator of own) {
            const value = (valuesOf.get(indicator.identityId) ?? []).find((candidate) => candidate.year === cycle.year);
            if (!value) continue;
            counts[value.status] += 1;
            withValue += 1;
          }
          return {
            frameworkCode: cycle.framework.code,
            year: cycle.year,
            status: cycle.status,
            assigned: own.length,
            counts,
            missing: own.length - withValue,
            percentApproved: own.length === 0 ? 0 : Math.round((counts.APPROVED / own.length) * 1000) / 10,
          };
        })
        .filter((row) => row.assigned > 0)
    : null;

  return {
    institution: { code: institution.code, name: institution.name, isActive: institution.isActive },
    indicators: statusRows,
    cycles: cycleRows,
  };
}
