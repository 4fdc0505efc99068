import "server-only";
import { db } from "@/lib/db";
import { rememberUntilDatabaseChanges } from "@/lib/database/remember-until-database-changes";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ValueStatus } from "@/lib/generated/prisma/enums";
import type { StoredValue } from "@/lib/indicators/parse-value";
import type { ValueContent } from "./decide-value-write";
import { waitingForReviewSql, type CycleVersionYear } from "./waiting-for-review";

/**
 * The review page's reads of values, written as SQL for both databases (decision 061): a Prisma
 * model query costs three to four times its statement in CPU on the server's one thread, and
 * the page made five of them. Each takes a cycle the caller found in the person's workspace
 * (getCycleStructure), so its version and identities are the workspace's own.
 * SQLite gives numbers and ISO text, PostgreSQL big integers and dates: each read returns one shape.
 */

export type WaitingRow = { id: string; indicatorId: string; disaggregation: string; version: number };

/** Every row waiting for review, lean: to group, count and page them. */
export async function readWaitingRows(cycle: CycleVersionYear): Promise<WaitingRow[]> {
  const rows = await db.$queryRaw<{ id: string; indicatorId: string; disaggregation: string; version: unknown }[]>`
    SELECT v."id", v."indicatorId", v."disaggregation", v."version"
    FROM "Indicator" i CROSS JOIN "IndicatorValue" v
    WHERE ${waitingForReviewSql(cycle)}`;
  return rows.map((row) => ({ ...row, version: Number(row.version) }));
}

/** How many rows of the cycle's year each status holds, breakdowns included. */
export async function countCycleRowsByStatus(cycle: CycleVersionYear): Promise<Map<ValueStatus, number>> {
  const rows = await db.$queryRaw<{ status: ValueStatus; count: unknown }[]>`
    SELECT CAST(v."status" AS TEXT) AS "status", COUNT(*) AS "count"
    FROM "Indicator" i CROSS JOIN "IndicatorValue" v
    WHERE i."versionId" = ${cycle.versionId} AND v."indicatorId" = i."id" AND v."year" = ${cycle.year}
    GROUP BY v."status"`;
  return new Map(rows.map((row) => [row.status, Number(row.count)]));
}

/** How many rows wait for review in each cycle, by cycle id: one statement for all of them. */
export async function countWaitingForReview(cycles: readonly (CycleVersionYear & { id: string })[]): Promise<Map<string, number>> {
  if (cycles.length === 0) return new Map();
  const counts = cycles.map(
    (cycle) => Prisma.sql`SELECT ${cycle.id} AS "cycleId", COUNT(*) AS "count" FROM "Indicator" i CROSS JOIN "IndicatorValue" v
      WHERE ${waitingForReviewSql(cycle)}`,
  );
  // A function of the database alone: on SQLite read again only when it may have changed (decision 061).
  const key = `waiting-for-review|${cycles.map((cycle) => `${cycle.id}:${cycle.versionId}:${cycle.year}`).join(",")}`;
  const rows = await rememberUntilDatabaseChanges(
    key,
    () => db.$queryRaw<{ cycleId: string; count: unknown }[]>`${Prisma.join(counts, " UNION ALL ")}`,
  );
  return new Map(rows.map((row) => [row.cycleId, Number(row.count)]));
}

export type WaitingValue = ValueContent & {
  id: string;
  indicatorId: string;
  disaggregation: string;
  version: number;
  submittedAt: Date | null;
  /** Who last changed the row (the submitter), by name; null when unknown or the account is gone. */
  submittedBy: string | null;
  evidenceCount: number;
};

/** The waiting rows of these indicators in full, with their evidence counted and their submitter named. */
export async function readWaitingValues(cycle: CycleVersionYear, indicatorIds: readonly string[]): Promise<WaitingValue[]> {
  if (indicatorIds.length === 0) return [];
  const rows = await db.$queryRaw<Record<keyof WaitingValue, unknown>[]>`
    SELECT v."id", v."indicatorId", v."disaggregation", v."number", v."levelCode", v."text", v."comment", v."source",
      v."evidenceUrl", v."version", v."submittedAt", u."name" AS "submittedBy",
      (SELECT COUNT(*) FROM "EvidenceFile" e WHERE e."valueId" = v."id") AS "evidenceCount"
    FROM "Indicator" i CROSS JOIN "IndicatorValue" v LEFT JOIN "User" u ON u."id" = v."updatedById"
    WHERE ${waitingForReviewSql(cycle)} AND i."id" IN (${Prisma.join(indicatorIds)})`;
  return rows.map((row) => ({
    id: row.id as string,
    indicatorId: row.indicatorId as string,
    disaggregation: row.disaggregation as string,
    number: row.number === null ? null : Number(row.number),
    levelCode: row.levelCode as string | null,
    text: row.text as string | null,
    comment: row.comment as string | null,
    source: row.source as string | null,
    evidenceUrl: row.evidenceUrl as string | null,
    version: Number(row.version),
    submittedAt: row.submittedAt === null ? null : new Date(row.submittedAt as string | Date),
    submittedBy: row.submittedBy as string | null,
    evidenceCount: Number(row.evidenceCount),
  }));
}

export type ApprovedValue = StoredValue & { identityId: string; disaggregation: string };

/**
 * The approved values of these indicators' identities in one year, whichever version they were
 * reported against: through the unique index (identity, year, breakdown).
 */
export async function readApprovedValuesOfYear(identityIds: readonly string[], year: number): Promise<ApprovedValue[]> {
  if (identityIds.length === 0) return [];
  const rows = await db.$queryRaw<Record<keyof ApprovedValue, unknown>[]>`
    SELECT v."identityId", v."disaggregation", v."number", v."levelCode", v."text"
    FROM "IndicatorValue" v
    WHERE v."identityId" IN (${Prisma.join(identityIds)}) AND v."year" = ${year} AND v."status" = 'APPROVED'`;
  return rows.map((row) => ({
    identityId: row.identityId as string,
    disaggregation: row.disaggregation as string,
    number: row.number === null ? null : Number(row.number),
    levelCode: row.levelCode as string | null,
    text: row.text as string | null,
  }));
}
