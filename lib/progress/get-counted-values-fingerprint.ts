import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { rememberUntilDatabaseChanges } from "@/lib/database/remember-until-database-changes";
import { ValueStatus } from "@/lib/generated/prisma/enums";
import { visibleValuesWhere } from "@/lib/monitoring/visible-values";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { countsInProgress } from "./counts-in-progress";

export type CountedValuesFingerprint = {
  count: number;
  updatedAt: string | null;
  createdAt: string | null;
  versions: number | null;
  numbers: number | null;
  years: number | null;
};

/**
 * What changes whenever the totals that progress counts change, in one aggregate query: their
 * number, the newest change, the sum of their versions (each update adds one) and of their
 * numbers. A save or a review sets `updatedAt` to now and raises the version; a cleared draft
 * lowers the count; reopening an approved value takes it out of the approved ones.
 */
export async function getCountedValuesFingerprint(
  access: AccessContext,
  frameworkId: string,
  includeProvisional: boolean,
): Promise<CountedValuesFingerprint> {
  if (!includeProvisional) {
    // The same for everyone (see below): on SQLite read again only when the database may have changed (decision 061).
    return rememberUntilDatabaseChanges(`approved-totals-fingerprint|${access.workspace.id}|${frameworkId}`, () =>
      approvedTotalsFingerprint(access.workspace.id, frameworkId),
    );
  }
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

/**
 * The same aggregate when only approved values count (the default of every progress page and
 * the dashboard's headline, decision 049). Everyone may read approved values, so visibility
 * filters nothing, and the statement can start from the framework's identities and read only
 * their values (the identity, year, breakdown key). Written out because Prisma's relation filter
 * is a LEFT JOIN, which makes SQLite scan every approved value of the database through the status
 * index (39 ms against 1 ms on the bench database, decision 045); the status is compared as text
 * so that SQLite does not pick that index for the inner loop either.
 */
async function approvedTotalsFingerprint(workspaceId: string, frameworkId: string): Promise<CountedValuesFingerprint> {
  const [row] = await db.$queryRaw<Record<keyof CountedValuesFingerprint, unknown>[]>`
    SELECT COUNT(*) AS "count", MAX(v."updatedAt") AS "updatedAt", MAX(v."createdAt") AS "createdAt",
      SUM(v."version") AS "versions", SUM(v."number") AS "numbers", SUM(v."year") AS "years"
    FROM "Framework" f CROSS JOIN "IndicatorIdentity" i CROSS JOIN "IndicatorValue" v
    WHERE f."id" = ${frameworkId} AND f."workspaceId" = ${workspaceId} AND i."frameworkId" = f."id"
      AND v."identityId" = i."id" AND v."disaggregation" = '' AND CAST(v."status" AS TEXT) = 'APPROVED'`;
  // SQLite gives numbers and text, PostgreSQL big integers and dates: one shape for the key.
  const number = (value: unknown) => (value === null || value === undefined ? null : Number(value));
  const time = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string | Date).toISOString());
  return {
    count: number(row?.count) ?? 0,
    updatedAt: time(row?.updatedAt),
    createdAt: time(row?.createdAt),
    versions: number(row?.versions),
    numbers: number(row?.numbers),
    years: number(row?.years),
  };
}
