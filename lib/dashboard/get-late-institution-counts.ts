import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { rememberUntilDatabaseChanges } from "@/lib/database/remember-until-database-changes";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * For each cycle (by id), how many institutions are late: they report at least one indicator of
 * the cycle's version (lead or contributor) whose total is neither submitted nor approved. The
 * same count as the completeness page's institutions with overdue indicators
 * (getCycleCompleteness), counted by the database for every cycle at once in one statement
 * (decision 049; three statements and every indicator read back before). The caller decides
 * whether the deadline has passed.
 *
 * Written out because Prisma cannot count distinct institutions over two relations, and its
 * relation filters are LEFT JOINs that make SQLite scan every submitted and approved value of the
 * database; here each indicator looks up its own total through (indicator, year, status). The
 * status is compared as text so that SQLite does not scan the status index instead.
 */
export async function getLateInstitutionCounts(
  access: AccessContext,
  cycles: readonly { id: string; year: number; versionId: string }[],
): Promise<Map<string, number>> {
  if (cycles.length === 0) return new Map();
  // A function of the database alone: on SQLite read again only when it may have changed (decision 061).
  const key = `late-institutions|${access.workspace.id}|${cycles.map((cycle) => cycle.id).join(",")}`;
  const rows = await rememberUntilDatabaseChanges(key, () => readLateInstitutionCounts(access.workspace.id, cycles));
  const late = new Map(rows.map((row) => [row.cycleId, Number(row.late)]));
  return new Map(cycles.map((cycle) => [cycle.id, late.get(cycle.id) ?? 0]));
}

function readLateInstitutionCounts(workspaceId: string, cycles: readonly { id: string }[]) {
  return db.$queryRaw<{ cycleId: string; late: unknown }[]>`
    WITH "overdue" AS (
      SELECT c."id" AS "cycleId", i."id" AS "indicatorId", i."leadInstitutionId"
      FROM "ReportingCycle" c CROSS JOIN "Framework" f CROSS JOIN "Indicator" i
      WHERE c."id" IN (${Prisma.join(cycles.map((cycle) => cycle.id))}) AND f."id" = c."frameworkId"
        AND f."workspaceId" = ${workspaceId} AND i."versionId" = c."versionId"
        AND NOT EXISTS (
          SELECT 1 FROM "IndicatorValue" v
          WHERE v."indicatorId" = i."id" AND v."year" = c."year" AND v."disaggregation" = ''
            AND CAST(v."status" AS TEXT) IN ('SUBMITTED', 'APPROVED')
        )
    )
    SELECT "cycleId", COUNT(DISTINCT "institutionId") AS "late" FROM (
      SELECT "cycleId", "leadInstitutionId" AS "institutionId" FROM "overdue" WHERE "leadInstitutionId" IS NOT NULL
      UNION ALL
      SELECT o."cycleId", ic."institutionId" FROM "overdue" o CROSS JOIN "IndicatorContributor" ic WHERE ic."indicatorId" = o."indicatorId"
    ) AS "reporters"
    GROUP BY "cycleId"`;
}
