import "server-only";
import type { Tx } from "@/lib/db";
import { pickCurrentVersion } from "@/lib/frameworks/pick-current-version";
import type { OpenSdgExistingState } from "./open-sdg-plan";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

const asTranslations = (value: unknown): Record<string, string> | null =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, string>) : null;

/**
 * What an import must compare the files with: the workspace's dimensions and, when the
 * framework exists, its current version's areas, indicators and values. A fixed number of
 * queries, whatever the size; `client` is the import's transaction, or the database for a dry run.
 */
export async function loadOpenSdgState(client: Tx, workspaceId: string, frameworkCode: string): Promise<OpenSdgExistingState> {
  const [dimensions, framework] = await Promise.all([
    inWorkspace(workspaceId, client).dimension.findMany({
      select: {
        id: true,
        code: true,
        name: true,
        position: true,
        members: { select: { id: true, code: true, name: true, position: true } },
      },
      orderBy: { position: "asc" },
    }),
    inWorkspace(workspaceId, client).framework.findFirst({
      where: { code: frameworkCode },
      select: { id: true, code: true, name: true, versions: { select: { id: true, number: true, status: true } } },
    }),
  ]);
  const version = framework ? pickCurrentVersion(framework.versions) : null;
  if (!framework || !version) return { dimensions, framework: null };

  const [areas, indicators, values, cycles] = await Promise.all([
    client.area.findMany({
      where: { versionId: version.id },
      select: { id: true, code: true, name: true, nameTranslations: true, description: true, parentId: true, position: true },
    }),
    client.indicator.findMany({
      where: { versionId: version.id },
      select: {
        id: true,
        identityId: true,
        code: true,
        name: true,
        nameTranslations: true,
        valueType: true,
        position: true,
        dimensions: { select: { dimensionId: true, position: true } },
      },
    }),
    // Every value of the framework's indicators, whichever version they were reported against.
    client.indicatorValue.findMany({
      where: { identity: { frameworkId: framework.id } },
      select: { id: true, identityId: true, year: true, disaggregation: true, number: true, status: true, version: true },
    }),
    client.reportingCycle.findMany({ where: { frameworkId: framework.id }, select: { year: true, status: true } }),
  ]);
  return {
    dimensions,
    framework: {
      id: framework.id,
      code: framework.code,
      name: framework.name,
      versionId: version.id,
      areas: areas.map((area) => ({ ...area, nameTranslations: asTranslations(area.nameTranslations) })),
      indicators: indicators.map((indicator) => ({ ...indicator, nameTranslations: asTranslations(indicator.nameTranslations) })),
      values,
      cycles,
    },
  };
}
