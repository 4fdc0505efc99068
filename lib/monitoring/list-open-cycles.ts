import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { can } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ValueStatus } from "@/lib/generated/prisma/enums";
import { ownInstitutionIndicatorsWhere } from "./visible-values";
import { waitingForReviewWhere } from "./waiting-for-review";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

export type OpenCycleSummary = {
  id: string;
  frameworkCode: string;
  year: number;
  /** The framework version the cycle collects values for. */
  versionId: string;
  /** Whose indicators the counts cover: the whole matrix, or the person's institution. */
  scope: { kind: "all" } | { kind: "institution"; code: string } | { kind: "none" };
  submissionDeadline: Date;
  consolidationDeadline: Date;
  indicatorCount: number;
  /** Indicators with no total value yet. */
  missing: number;
  byStatus: { status: ValueStatus; count: number }[];
  /** Value rows waiting for the secretariat's review (lib/monitoring/waiting-for-review.ts); 0 outside the "all" scope. */
  waitingForReview: number;
};

const STATUS_ORDER: ValueStatus[] = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"];

/**
 * Open cycles with how many indicators have a total value in each status: for the whole
 * matrix (secretariat, working group, administrators), for the person's institution (focal
 * points), or no counts (viewers). A fixed number of queries at any size: two per open cycle, and three.
 */
export async function listOpenCycles(access: AccessContext): Promise<OpenCycleSummary[]> {
  const institution = access.membership.institution;
  const scope: OpenCycleSummary["scope"] = can(access, "completeness.read-all")
    ? { kind: "all" }
    : institution && can(access, "values.read-own-institution")
      ? { kind: "institution", code: institution.code }
      : { kind: "none" };
  const indicatorScope: Prisma.IndicatorWhereInput =
    scope.kind === "institution" && institution ? ownInstitutionIndicatorsWhere(institution.id) : {};
  const cycles = await inWorkspace(access.workspace.id).reportingCycle.findMany({
    where: { status: "OPEN" },
    orderBy: [{ year: "desc" }],
    select: {
      id: true,
      year: true,
      versionId: true,
      submissionDeadline: true,
      consolidationDeadline: true,
      framework: { select: { code: true } },
    },
  });
  if (cycles.length === 0) return [];
  if (scope.kind === "none") {
    return cycles.map((cycle) => ({
      id: cycle.id,
      frameworkCode: cycle.framework.code,
      year: cycle.year,
      versionId: cycle.versionId,
      scope,
      submissionDeadline: cycle.submissionDeadline,
      consolidationDeadline: cycle.consolidationDeadline,
      indicatorCount: 0,
      missing: 0,
      byStatus: [],
      waitingForReview: 0,
    }));
  }
  const versionIds = [...new Set(cycles.map((cycle) => cycle.versionId))];

  const [indicatorCounts, statusCounts, waiting] = await Promise.all([
    db.indicator.groupBy({ by: ["versionId"], where: { versionId: { in: versionIds }, ...indicatorScope }, _count: { _all: true } }),
    // Counted by the database, one small answer per open cycle (there are few), rather than
    // every indicator's total read back with its definition's version.
    Promise.all(
      cycles.map((cycle) =>
        db.indicatorValue.groupBy({
          by: ["status"],
          where: { disaggregation: "", year: cycle.year, indicator: { versionId: cycle.versionId, ...indicatorScope } },
          _count: { _all: true },
        }),
      ),
    ),
    // Only the secretariat's view counts the queue; one count per open cycle (there are few).
    Promise.all(
      cycles.map((cycle) => (scope.kind === "all" ? db.indicatorValue.count({ where: waitingForReviewWhere(cycle) }) : Promise.resolve(0))),
    ),
  ]);
  const indicatorsByVersion = new Map(indicatorCounts.map((row) => [row.versionId, row._count._all]));

  return cycles.map((cycle, index) => {
    const counts = new Map<ValueStatus, number>((statusCounts[index] ?? []).map((row) => [row.status, row._count._all]));
    const indicatorCount = indicatorsByVersion.get(cycle.versionId) ?? 0;
    const withValue = [...counts.values()].reduce((sum, count) => sum + count, 0);
    return {
      id: cycle.id,
      frameworkCode: cycle.framework.code,
      year: cycle.year,
      versionId: cycle.versionId,
      scope,
      submissionDeadline: cycle.submissionDeadline,
      consolidationDeadline: cycle.consolidationDeadline,
      indicatorCount,
      missing: Math.max(indicatorCount - withValue, 0),
      byStatus: STATUS_ORDER.map((status) => ({ status, count: counts.get(status) ?? 0 })),
      waitingForReview: waiting[index] ?? 0,
    };
  });
}
