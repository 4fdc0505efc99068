import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import type { FrameworkVersionStatus, ScoringMethod } from "@/lib/generated/prisma/enums";
import { pickCurrentVersion } from "./pick-current-version";

export type FrameworkSummary = {
  code: string;
  name: string;
  /** Translations of the name (decision 042); read with localizedName. */
  nameTranslations?: unknown;
  description: string | null;
  scoringMethod: ScoringMethod;
  version: string | null;
  status: FrameworkVersionStatus | null;
  /** Top-level areas of the current version. */
  areaCount: number;
  indicatorCount: number;
};

/**
 * Frameworks of a workspace with the size of their current version, in one statement whatever
 * the count (decision 049: it is on the dashboard of every person, where Prisma needed four):
 * every version of each framework with its top-level areas and indicators counted, the current
 * one picked here.
 */
export async function listFrameworks(access: AccessContext): Promise<FrameworkSummary[]> {
  const rows = await db.$queryRaw<FrameworkVersionRow[]>`
    SELECT f."id", f."code", f."name", f."nameTranslations", f."description", f."scoringMethod",
      v."id" AS "versionId", v."number", v."label", v."status",
      (SELECT COUNT(*) FROM "Area" a WHERE a."versionId" = v."id" AND a."parentId" IS NULL) AS "areaCount",
      (SELECT COUNT(*) FROM "Indicator" i WHERE i."versionId" = v."id") AS "indicatorCount"
    FROM "Framework" f LEFT JOIN "FrameworkVersion" v ON v."frameworkId" = f."id"
    WHERE f."workspaceId" = ${access.workspace.id}
    ORDER BY f."createdAt" ASC, f."id" ASC`;
  const frameworks = new Map<string, { row: FrameworkVersionRow; versions: VersionOfRow[] }>();
  for (const row of rows) {
    const entry = frameworks.get(row.id) ?? { row, versions: [] };
    if (row.versionId !== null) {
      entry.versions.push({
        number: Number(row.number),
        label: row.label!,
        status: row.status!,
        areaCount: Number(row.areaCount),
        indicatorCount: Number(row.indicatorCount),
      });
    }
    frameworks.set(row.id, entry);
  }
  return [...frameworks.values()].map(({ row, versions }) => {
    const version = pickCurrentVersion(versions);
    return {
      code: row.code,
      name: row.name,
      // SQLite gives JSON as text, PostgreSQL parsed.
      nameTranslations: typeof row.nameTranslations === "string" ? (JSON.parse(row.nameTranslations) as unknown) : row.nameTranslations,
      description: row.description,
      scoringMethod: row.scoringMethod,
      version: version?.label ?? null,
      status: version?.status ?? null,
      areaCount: version?.areaCount ?? 0,
      indicatorCount: version?.indicatorCount ?? 0,
    };
  });
}

type FrameworkVersionRow = {
  id: string;
  code: string;
  name: string;
  nameTranslations: unknown;
  description: string | null;
  scoringMethod: ScoringMethod;
  versionId: string | null;
  number: unknown;
  label: string | null;
  status: FrameworkVersionStatus | null;
  areaCount: unknown;
  indicatorCount: unknown;
};

type VersionOfRow = { number: number; label: string; status: FrameworkVersionStatus; areaCount: number; indicatorCount: number };
