import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { ValueStatus } from "@/lib/generated/prisma/enums";
import { visibleValuesWhere } from "@/lib/monitoring/visible-values";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { countsInProgress } from "./counts-in-progress";

/**
 * What changes whenever the totals that progress counts change, in one aggregate query: their
 * number, the newest change, the sum of their versions (each update adds one) and of their
 * numbers. A save or a review sets `updatedAt` to now and raises the version; a cleared draft
 * lowers the count; reopening an approved value takes it out of the approved ones.
 */
export async function getCountedValuesFingerprint(access: AccessContext, frameworkId: string, includeProvisional: boolean) {
  const result = await inWorkspace(access.workspace.id).indicatorValue.aggregate({
    where: {
      AND: [
        visibleValuesWhere(access),
        { status: { in: Object.values(ValueStatus).filter((status) => countsInProgress(status, includeProvisional)) } },
      ],
      identity: { frameworkId },
      disaggregation: "",
    },
    _count: { _all: true },
    _max: { updatedAt: true, createdAt: true },
    _sum: { version: true, number: true, year: true },
  });
  return {
    count: result._count._all,
    updatedAt: result._max.updatedAt?.toISOString() ?? null,
    createdAt: result._max.createdAt?.toISOString() ?? null,
    versions: result._sum.version,
    numbers: result._sum.number,
    years: result._sum.year,
  };
}
