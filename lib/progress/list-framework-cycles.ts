import "server-only";
import { db } from "@/lib/db";
import { rememberUntilDatabaseChanges } from "@/lib/database/remember-until-database-changes";
import type { CycleStatus } from "@/lib/generated/prisma/enums";

export type FrameworkCycle = { year: number; status: CycleStatus; versionId: string };

/**
 * The reporting cycles of a framework of the workspace, by year: part of the progress cache's
 * key. One statement written out, remembered on SQLite until the database changes (decisions
 * 061, 062): every progress, comparison and indicator page asks for it, and Prisma's model query
 * cost several times the statement on the server's one thread.
 */
export function listFrameworkCycles(workspaceId: string, frameworkId: string): Promise<FrameworkCycle[]> {
  return rememberUntilDatabaseChanges(`framework-cycles|${workspaceId}|${frameworkId}`, async () => {
    const rows = await db.$queryRaw<Record<string, unknown>[]>`
      SELECT c."year", CAST(c."status" AS TEXT) AS "status", c."versionId"
      FROM "Framework" f CROSS JOIN "ReportingCycle" c
      WHERE f."id" = ${frameworkId} AND f."workspaceId" = ${workspaceId} AND c."frameworkId" = f."id"
      ORDER BY c."year"`;
    // SQLite and PostgreSQL both give numbers here; Number() keeps one shape whatever the driver.
    return rows.map((row) => ({ year: Number(row.year), status: row.status as CycleStatus, versionId: row.versionId as string }));
  });
}
