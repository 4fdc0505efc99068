import "server-only";
import { db } from "@/lib/db";
import { Prisma, type ValueStatus } from "@/lib/generated/prisma/client";
import type { EntryValue } from "./entry-rows";

type Row = Omit<EntryValue, "year" | "number" | "status" | "version"> & Record<"year" | "number" | "status" | "version", unknown>;

/**
 * This year's values (every row) of the given identities, and last year's of `lastYearIds` (all
 * of them when null), of one framework of the workspace: the entry form's one values read.
 *
 * One raw statement (decision 061): a Prisma read of the same rows cost about three times its
 * statement in the client's query compiler and row mapping. Each identity reads its two years
 * through the (identity, year, breakdown) key.
 */
export async function listEntryValues(
  target: { workspaceId: string; frameworkId: string; year: number },
  identityIds: readonly string[],
  lastYearIds: readonly string[] | null,
): Promise<EntryValue[]> {
  if (identityIds.length === 0) return [];
  const { workspaceId, frameworkId, year } = target;
  const lastYearOf =
    lastYearIds === null
      ? Prisma.empty
      : lastYearIds.length === 0
        ? Prisma.sql`AND v."year" = ${year}`
        : Prisma.sql`AND (v."year" = ${year} OR i."id" IN (${Prisma.join(lastYearIds)}))`;
  const rows = await db.$queryRaw<Row[]>`
    SELECT v."id", v."identityId", v."year", v."disaggregation", v."number", v."levelCode", v."text", CAST(v."status" AS TEXT) AS "status",
      v."version", v."comment", v."source", v."evidenceUrl", v."returnReason"
    FROM "Framework" f CROSS JOIN "IndicatorIdentity" i CROSS JOIN "IndicatorValue" v
    WHERE f."id" = ${frameworkId} AND f."workspaceId" = ${workspaceId} AND i."id" IN (${Prisma.join(identityIds)}) AND i."frameworkId" = f."id"
      AND v."identityId" = i."id" AND v."year" IN (${year}, ${year - 1}) ${lastYearOf}`;
  // SQLite and PostgreSQL both give numbers here; Number() keeps one shape whatever the driver.
  return rows.map((row) => ({
    ...row,
    year: Number(row.year),
    number: row.number === null ? null : Number(row.number),
    status: row.status as ValueStatus,
    version: Number(row.version),
  }));
}
