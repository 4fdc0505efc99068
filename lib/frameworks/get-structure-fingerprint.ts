import "server-only";
import { db } from "@/lib/db";
import { epochMillisSql } from "@/lib/database/epoch-millis-sql";
import { rememberUntilDatabaseChanges } from "@/lib/database/remember-until-database-changes";
import { Prisma } from "@/lib/generated/prisma/client";

/** Per table: how many rows, the newest change, and the sum of every row's change time in ms. */
export type StructureFingerprint = Record<string, { rows: string; newest: string | null; stamps: string | null }>;

type PartRow = { part: string; rows: bigint | number; newest: Date | string | null; stamps: unknown };

/**
 * What changes whenever a framework's structure (lib/frameworks/get-framework-structure.ts) or a
 * cycle's indicators (lib/monitoring/get-cycle-structure.ts) can change, in one statement
 * (decisions 048 and 055): for the framework, its versions, their areas, indicators, levels,
 * targets, contributors and breakdown dimensions, and the workspace's institutions (lead and
 * contributing institutions' names), dimensions and their members, the number of rows, the
 * newest `updatedAt` and the sum of every row's `updatedAt`. Prisma
 * sets `updatedAt` on every create and update; a deletion lowers the count. The sum catches an
 * update stamped earlier than the newest row, as by a server whose clock is behind another's.
 * Every version counts, not only the current one, so that the version need not be read first;
 * a change to a draft costs the current version's cached structure one more read.
 * Null when the workspace has no framework of that code.
 * On SQLite it is read again only when the database may have changed (decision 061).
 */
export function getStructureFingerprint(workspaceId: string, code: string): Promise<StructureFingerprint | null> {
  return rememberUntilDatabaseChanges(`structure-fingerprint|${workspaceId}|${code}`, () => readStructureFingerprint(workspaceId, code));
}

async function readStructureFingerprint(workspaceId: string, code: string): Promise<StructureFingerprint | null> {
  const framework = Prisma.sql`JOIN "Framework" f ON f."id" = v."frameworkId" WHERE f."workspaceId" = ${workspaceId} AND f."code" = ${code}`;
  const part = (name: string, column: string, from: Prisma.Sql) =>
    Prisma.sql`SELECT ${Prisma.raw(`'${name}'`)} AS "part", COUNT(*) AS "rows", MAX(${Prisma.raw(column)}) AS "newest", SUM(${epochMillisSql(column)}) AS "stamps" ${from}`;
  const rows = await db.$queryRaw<PartRow[]>`${Prisma.join(
    [
      part("framework", 'f."updatedAt"', Prisma.sql`FROM "Framework" f WHERE f."workspaceId" = ${workspaceId} AND f."code" = ${code}`),
      part("versions", 'v."updatedAt"', Prisma.sql`FROM "FrameworkVersion" v ${framework}`),
      part("areas", 'a."updatedAt"', Prisma.sql`FROM "Area" a JOIN "FrameworkVersion" v ON v."id" = a."versionId" ${framework}`),
      part("indicators", 'i."updatedAt"', Prisma.sql`FROM "Indicator" i JOIN "FrameworkVersion" v ON v."id" = i."versionId" ${framework}`),
      // Rows held by the framework's indicators: levels, targets, contributors, breakdown dimensions.
      ...(
        [
          ["levels", "IndicatorLevel"],
          ["targets", "IndicatorTarget"],
          ["contributors", "IndicatorContributor"],
          ["breakdowns", "IndicatorDimension"],
        ] as const
      ).map(([name, table]) =>
        part(
          name,
          'r."updatedAt"',
          Prisma.sql`FROM ${Prisma.raw(`"${table}"`)} r JOIN "Indicator" i ON i."id" = r."indicatorId" JOIN "FrameworkVersion" v ON v."id" = i."versionId" ${framework}`,
        ),
      ),
      part("institutions", 's."updatedAt"', Prisma.sql`FROM "Institution" s WHERE s."workspaceId" = ${workspaceId}`),
      part("dimensions", 'd."updatedAt"', Prisma.sql`FROM "Dimension" d WHERE d."workspaceId" = ${workspaceId}`),
      part(
        "members",
        'm."updatedAt"',
        Prisma.sql`FROM "DimensionMember" m JOIN "Dimension" d ON d."id" = m."dimensionId" WHERE d."workspaceId" = ${workspaceId}`,
      ),
    ],
    " UNION ALL ",
  )}`;
  const parts: StructureFingerprint = {};
  for (const row of rows) {
    parts[row.part] = {
      rows: String(row.rows),
      newest: row.newest instanceof Date ? row.newest.toISOString() : row.newest,
      stamps: row.stamps === null ? null : String(row.stamps),
    };
  }
  return parts.framework?.rows === "1" ? parts : null;
}
