import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { visibleValuesSql } from "./visible-values";

/**
 * The first and last year of any total of the framework the person may read (visibleValuesSql),
 * or null when there is none. One raw statement (decision 061): each identity looks up its first
 * and its last visible total through the (identity, year, breakdown) key and stops there, instead
 * of an aggregate that reads every visible total of the framework.
 */
export async function getTotalYears(access: AccessContext, frameworkId: string): Promise<{ first: number; last: number } | null> {
  const visible = visibleValuesSql(access, "w");
  const [row] = await db.$queryRaw<{ first: unknown; last: unknown }[]>`
    SELECT
      MIN((SELECT w."year" FROM "IndicatorValue" w WHERE w."identityId" = i."id" AND w."disaggregation" = '' AND ${visible}
        ORDER BY w."year" ASC LIMIT 1)) AS "first",
      MAX((SELECT w."year" FROM "IndicatorValue" w WHERE w."identityId" = i."id" AND w."disaggregation" = '' AND ${visible}
        ORDER BY w."year" DESC LIMIT 1)) AS "last"
    FROM "Framework" f CROSS JOIN "IndicatorIdentity" i
    WHERE f."id" = ${frameworkId} AND f."workspaceId" = ${access.workspace.id} AND i."frameworkId" = f."id"`;
  // SQLite gives numbers, PostgreSQL integers; null when no total is visible.
  if (row?.first === null || row?.first === undefined || row.last === null || row.last === undefined) return null;
  return { first: Number(row.first), last: Number(row.last) };
}
