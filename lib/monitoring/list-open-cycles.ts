import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { can } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { rememberUntilDatabaseChanges } from "@/lib/database/remember-until-database-changes";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ValueStatus } from "@/lib/generated/prisma/enums";
import { countWaitingForReview } from "./read-review-values";

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
 * points), or no counts (viewers). A fixed number of queries at any size (decision 049): the
 * cycles with their counts in one statement, and, for the secretariat's view, the review queues
 * of all of them in another.
 */
export async function listOpenCycles(access: AccessContext): Promise<OpenCycleSummary[]> {
  const institution = access.membership.institution;
  const scope: OpenCycleSummary["scope"] = can(access, "completeness.read-all")
    ? { kind: "all" }
    : institution && can(access, "values.read-own-institution")
      ? { kind: "institution", code: institution.code }
      : { kind: "none" };
  const institutionId = scope.kind === "institution" && institution ? institution.id : null;
  // A function of the database alone: on SQLite read again only when it may have changed (decision 061).
  const cycles = await rememberUntilDatabaseChanges(`open-cycles|${access.workspace.id}|${institutionId ?? "all"}`, () =>
    readOpenCycles(access.workspace.id, institutionId),
  );
  if (cycles.length === 0) return [];
  // Only the secretariat's view counts the queue: every open cycle's in one statement.
  const waiting = scope.kind === "all" ? await countWaitingForReview(cycles) : new Map<string, number>();
  return cycles.map((cycle) => {
    const counts = scope.kind === "none" ? new Map<ValueStatus, number>() : cycle.counts;
    const indicatorCount = scope.kind === "none" ? 0 : cycle.indicatorCount;
    const withValue = [...counts.values()].reduce((sum, count) => sum + count, 0);
    return {
      id: cycle.id,
      frameworkCode: cycle.frameworkCode,
      year: cycle.year,
      versionId: cycle.versionId,
      scope,
      submissionDeadline: cycle.submissionDeadline,
      consolidationDeadline: cycle.consolidationDeadline,
      indicatorCount,
      missing: Math.max(indicatorCount - withValue, 0),
      byStatus: scope.kind === "none" ? [] : STATUS_ORDER.map((status) => ({ status, count: counts.get(status) ?? 0 })),
      waitingForReview: waiting.get(cycle.id) ?? 0,
    };
  });
}

/**
 * The workspace's open cycles, newest year first, each with its version's indicators counted and
 * their totals in the cycle's year counted by status, in one statement: for the indicators an
 * institution leads or contributes to (ownInstitutionIndicatorsWhere, the same rule) when one is
 * given. Written out because Prisma needs a statement per cycle for these counts, and its relation
 * filters make SQLite scan the values by status; here each indicator looks up its own total.
 */
async function readOpenCycles(workspaceId: string, institutionId: string | null) {
  const ofInstitution =
    institutionId === null
      ? Prisma.sql`1 = 1`
      : Prisma.sql`(i."leadInstitutionId" = ${institutionId} OR EXISTS (
          SELECT 1 FROM "IndicatorContributor" ic WHERE ic."indicatorId" = i."id" AND ic."institutionId" = ${institutionId}))`;
  type Row = { id: string; year: unknown; versionId: string; frameworkCode: string; indicatorCount: unknown } & Record<
    "submissionDeadline" | "consolidationDeadline" | ValueStatus,
    unknown
  >;
  const rows = await db.$queryRaw<Row[]>`
    SELECT c."id", c."year", c."versionId", c."submissionDeadline", c."consolidationDeadline", f."code" AS "frameworkCode",
      COUNT(i."id") AS "indicatorCount",
      ${Prisma.join(
        STATUS_ORDER.map(
          (status) => Prisma.sql`SUM(CASE WHEN CAST(v."status" AS TEXT) = ${status} THEN 1 ELSE 0 END) AS ${Prisma.raw(`"${status}"`)}`,
        ),
        ", ",
      )}
    FROM "ReportingCycle" c
      JOIN "Framework" f ON f."id" = c."frameworkId"
      LEFT JOIN "Indicator" i ON i."versionId" = c."versionId" AND ${ofInstitution}
      LEFT JOIN "IndicatorValue" v ON v."indicatorId" = i."id" AND v."year" = c."year" AND v."disaggregation" = ''
    WHERE f."workspaceId" = ${workspaceId} AND CAST(c."status" AS TEXT) = 'OPEN'
    GROUP BY c."id", c."year", c."versionId", c."submissionDeadline", c."consolidationDeadline", f."code"
    ORDER BY c."year" DESC, f."code" ASC`;
  // SQLite gives numbers and text, PostgreSQL big integers and dates.
  return rows.map((row) => ({
    id: row.id,
    year: Number(row.year),
    versionId: row.versionId,
    frameworkCode: row.frameworkCode,
    submissionDeadline: new Date(row.submissionDeadline as string | Date),
    consolidationDeadline: new Date(row.consolidationDeadline as string | Date),
    indicatorCount: Number(row.indicatorCount),
    counts: new Map(STATUS_ORDER.map((status) => [status, Number(row[status] ?? 0)])),
  }));
}
