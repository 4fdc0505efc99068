import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { can } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ValueStatus } from "@/lib/generated/prisma/enums";
import { getCycleStructure } from "./get-cycle-structure";
import { isAssignedTo } from "./load-cycle-indicators";
import { areaRootsOf } from "./load-area-roots";
import type { CycleRef } from "./require-cycle";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { libText } from "@/lib/i18n/lib-text";

export type CompletenessCounts = {
  assigned: number;
  /** Indicators with a total value, whatever its status. */
  entered: number;
  missing: number;
  draft: number;
  submitted: number;
  returned: number;
  approved: number;
  /** Past the submission deadline and neither submitted nor approved. */
  overdue: number;
  percentEntered: number;
  percentApproved: number;
};

export type CycleCompleteness = {
  cycle: CycleRef;
  scope: { kind: "all" } | { kind: "institution"; code: string };
  isPastSubmissionDeadline: boolean;
  institutions: { code: string; name: string; counts: CompletenessCounts }[];
  areas: { code: string; name: string; counts: CompletenessCounts }[];
  totals: CompletenessCounts;
};

/**
 * How far a cycle has come, per institution and per thematic area, counted on each
 * indicator's total value. The secretariat, working group and administrators see everyone;
 * a focal point sees their own institution. A fixed number of queries.
 */
export async function getCycleCompleteness(
  access: AccessContext,
  target: { frameworkCode: string; year: number },
  now = new Date(),
): Promise<CycleCompleteness> {
  const seesAll = can(access, "completeness.read-all");
  const institution = access.membership.institution;
  if (!seesAll && !(institution && can(access, "values.read-own-institution"))) {
    throw new AppError("FORBIDDEN", libText("errors.completenessForbidden"));
  }
  // The version's indicators from the structure cache (decision 055).
  const [{ cycle, structure }, institutions] = await Promise.all([
    getCycleStructure(access, target),
    inWorkspace(access.workspace.id).institution.findMany({
      orderBy: { code: "asc" },
      select: { id: true, code: true, name: true },
    }),
  ]);
  const allIndicators = structure.indicators;
  const { roots, rootOf } = areaRootsOf(structure.areas);
  const indicators = seesAll ? allIndicators : allIndicators.filter((indicator) => isAssignedTo(indicator, institution!.id));
  const totals = await db.indicatorValue.findMany({
    where: { year: cycle.year, disaggregation: "", indicatorId: { in: indicators.map((indicator) => indicator.id) } },
    select: { indicatorId: true, status: true },
  });
  const statusOf = new Map(totals.map((value) => [value.indicatorId, value.status]));
  // The deadline is a day: institutions may report until the end of it.
  const isPastSubmissionDeadline = now.getTime() >= cycle.submissionDeadline.getTime() + 24 * 60 * 60 * 1000;

  const count = (subset: typeof indicators): CompletenessCounts => {
    const statuses = subset.map((indicator) => statusOf.get(indicator.id) ?? null);
    const of = (status: ValueStatus | null) => statuses.filter((candidate) => candidate === status).length;
    const assigned = subset.length;
    const missing = of(null);
    const approved = of("APPROVED");
    const submitted = of("SUBMITTED");
    const percent = (part: number) => (assigned === 0 ? 0 : Math.round((part / assigned) * 1000) / 10);
    return {
      assigned,
      entered: assigned - missing,
      missing,
      draft: of("DRAFT"),
      submitted,
      returned: of("RETURNED"),
      approved,
      overdue: isPastSubmissionDeadline ? assigned - approved - submitted : 0,
      percentEntered: percent(assigned - missing),
      percentApproved: percent(approved),
    };
  };

  const visibleInstitutions = seesAll ? institutions : institutions.filter((candidate) => candidate.id === institution!.id);
  return {
    cycle,
    scope: seesAll ? { kind: "all" } : { kind: "institution", code: institution!.code },
    isPastSubmissionDeadline,
    institutions: visibleInstitutions
      .map((candidate) => ({
        code: candidate.code,
        name: candidate.name,
        counts: count(indicators.filter((indicator) => isAssignedTo(indicator, candidate.id))),
      }))
      .filter((row) => row.counts.assigned > 0),
    areas: roots
      .map((root) => ({
        code: root.code,
        name: root.name,
        counts: count(indicators.filter((indicator) => rootOf(indicator.area.id)?.id === root.id)),
      }))
      .filter((row) => row.counts.assigned > 0),
    totals: count(indicators),
  };
}
