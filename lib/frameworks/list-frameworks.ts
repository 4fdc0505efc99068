import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import type { FrameworkVersionStatus, ScoringMethod } from "@/lib/generated/prisma/enums";
import { pickCurrentVersion } from "./pick-current-version";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

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

/** Frameworks of a workspace with the size of their current version. Four queries, whatever the count. */
export async function listFrameworks(access: AccessContext): Promise<FrameworkSummary[]> {
  const frameworks = await inWorkspace(access.workspace.id).framework.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      code: true,
      name: true,
      nameTranslations: true,
      description: true,
      scoringMethod: true,
      versions: { select: { id: true, number: true, label: true, status: true } },
    },
  });
  const current = frameworks.map((framework) => ({ framework, version: pickCurrentVersion(framework.versions) }));
  const versionIds = current.flatMap(({ version }) => (version ? [version.id] : []));

  const [areaCounts, indicatorCounts] = await Promise.all([
    db.area.groupBy({ by: ["versionId"], where: { versionId: { in: versionIds }, parentId: null }, _count: { _all: true } }),
    db.indicator.groupBy({ by: ["versionId"], where: { versionId: { in: versionIds } }, _count: { _all: true } }),
  ]);
  const areasByVersion = new Map(areaCounts.map((row) => [row.versionId, row._count._all]));
  const indicatorsByVersion = new Map(indicatorCounts.map((row) => [row.versionId, row._count._all]));

  return current.map(({ framework, version }) => ({
    code: framework.code,
    name: framework.name,
    nameTranslations: framework.nameTranslations,
    description: framework.description,
    scoringMethod: framework.scoringMethod,
    version: version?.label ?? null,
    status: version?.status ?? null,
    areaCount: version ? (areasByVersion.get(version.id) ?? 0) : 0,
    indicatorCount: version ? (indicatorsByVersion.get(version.id) ?? 0) : 0,
  }));
}
