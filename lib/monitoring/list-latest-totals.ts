import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { Prisma, type ValueStatus } from "@/lib/generated/prisma/client";
import type { FrameworkValueRow } from "./list-framework-values";
import { visibleValuesSql } from "./visible-values";

type Row = Omit<FrameworkValueRow, "indicatorCode" | "position" | "year" | "number" | "status" | "updatedAt"> & {
  definitionCode: string;
} & Record<"position" | "year" | "number" | "status" | "updatedAt", unknown>;

/**
 * The newest total each indicator has that the person may read (visibleValuesSql), one row per
 * indicator: of the given identities, or of every identity of the framework (null). Rows as
 * listFrameworkValues gives them, in its order; the code is the identity's in `currentCodes`, else
 * the one its value was reported under.
 *
 * One raw statement (decision 061): each identity finds its newest visible total through the
 * (identity, year, breakdown) key, newest year first, and stops there, where listFrameworkValues
 * reads every year of every shown indicator through Prisma and the page kept one row of each.
 */
export async function listLatestTotals(
  access: AccessContext,
  frameworkId: string,
  identityIds: readonly string[] | null,
  currentCodes: ReadonlyMap<string, string>,
): Promise<FrameworkValueRow[]> {
  if (identityIds?.length === 0) return [];
  const shown = identityIds === null ? Prisma.empty : Prisma.sql`AND i."id" IN (${Prisma.join(identityIds)})`;
  const rows = await db.$queryRaw<Row[]>`
    SELECT v."identityId", v."year", v."disaggregation", v."number", v."levelCode", v."text", CAST(v."status" AS TEXT) AS "status",
      v."comment", v."source", v."updatedAt", d."code" AS "definitionCode", d."position"
    FROM "Framework" f CROSS JOIN "IndicatorIdentity" i CROSS JOIN "IndicatorValue" v CROSS JOIN "Indicator" d
    WHERE f."id" = ${frameworkId} AND f."workspaceId" = ${access.workspace.id} AND i."frameworkId" = f."id" ${shown}
      AND v."identityId" = i."id" AND v."disaggregation" = '' AND v."year" = (
        SELECT w."year" FROM "IndicatorValue" w
        WHERE w."identityId" = i."id" AND w."disaggregation" = '' AND ${visibleValuesSql(access, "w")}
        ORDER BY w."year" DESC LIMIT 1)
      AND d."id" = v."indicatorId"`;
  // SQLite gives numbers and text, PostgreSQL dates; the list's order (position, then identity) decides ties of a code.
  return rows
    .map(({ definitionCode, ...row }) => ({
      indicatorCode: currentCodes.get(row.identityId) ?? definitionCode,
      position: Number(row.position),
      identityId: row.identityId,
      year: Number(row.year),
      disaggregation: row.disaggregation,
      number: row.number === null ? null : Number(row.number),
      levelCode: row.levelCode,
      text: row.text,
      status: row.status as ValueStatus,
      comment: row.comment,
      source: row.source,
      updatedAt: new Date(row.updatedAt as string | Date),
    }))
    .sort((a, b) => a.position - b.position || (a.identityId < b.identityId ? -1 : a.identityId > b.identityId ? 1 : 0));
}
