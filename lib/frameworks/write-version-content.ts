import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildIndicatorRows } from "./indicator-rows";
import type { AreaDefinition, IndicatorDefinition } from "./schemas";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

export type VersionContent = {
  /** Indicator code -> the id of this version's definition, for callers that attach values next. */
  indicatorIds: Map<string, string>;
  /** Indicator code -> its identity, stable across versions. */
  identityIds: Map<string, string>;
};

/**
 * Writes the areas and indicator definitions of one framework version, in the caller's
 * transaction. An indicator whose code `identityIdsByCode` names continues that identity
 * (its series goes on); any other starts a new identity. Institution and dimension codes are
 * resolved within the workspace; an unknown code refuses the whole version. A fixed number
 * of statements (one createMany per table), whatever the size of the matrix.
 */
export async function writeVersionContent(
  tx: Tx,
  input: {
    workspaceId: string;
    frameworkId: string;
    versionId: string;
    areas: AreaDefinition[];
    identityIdsByCode: ReadonlyMap<string, string>;
  },
): Promise<VersionContent> {
  const scoped = inWorkspace(input.workspaceId, tx);
  const [institutions, dimensions] = await Promise.all([
    scoped.institution.findMany({ select: { id: true, code: true } }),
    scoped.dimension.findMany({ select: { id: true, code: true } }),
  ]);
  const identityIds = new Map<string, string>();
  const newIdentities: Prisma.IndicatorIdentityCreateManyInput[] = [];
  const identityOf = (code: string, definitionId: string) => {
    const known = input.identityIdsByCode.get(code);
    // A new identity takes its first definition's id, as the migration that introduced identities did.
    const identityId = known ?? definitionId;
    if (!known) newIdentities.push({ id: identityId, frameworkId: input.frameworkId });
    identityIds.set(code, identityId);
    return identityId;
  };
  const rows = collectRows(input.areas, {
    versionId: input.versionId,
    identityOf,
    institutionIds: new Map(institutions.map((row) => [row.code, row.id])),
    dimensionIds: new Map(dimensions.map((row) => [row.code, row.id])),
  });
  await tx.indicatorIdentity.createMany({ data: newIdentities });
  await tx.area.createMany({ data: rows.areas });
  await tx.indicator.createMany({ data: rows.indicators });
  await tx.indicatorLevel.createMany({ data: rows.levels });
  await tx.indicatorTarget.createMany({ data: rows.targets });
  await tx.indicatorContributor.createMany({ data: rows.contributors });
  await tx.indicatorDimension.createMany({ data: rows.dimensions });
  await tx.indicatorMapping.createMany({ data: rows.mappings });
  return { indicatorIds: new Map(rows.indicators.map((indicator) => [indicator.code, indicator.id as string])), identityIds };
}

type Rows = {
  areas: Prisma.AreaCreateManyInput[];
  indicators: Prisma.IndicatorCreateManyInput[];
  levels: Prisma.IndicatorLevelCreateManyInput[];
  targets: Prisma.IndicatorTargetCreateManyInput[];
  contributors: Prisma.IndicatorContributorCreateManyInput[];
  dimensions: Prisma.IndicatorDimensionCreateManyInput[];
  mappings: Prisma.IndicatorMappingCreateManyInput[];
};

function collectRows(
  areas: AreaDefinition[],
  context: {
    versionId: string;
    identityOf: (code: string, definitionId: string) => string;
    institutionIds: Map<string, string>;
    dimensionIds: Map<string, string>;
  },
): Rows {
  const { versionId, institutionIds, dimensionIds } = context;
  const rows: Rows = { areas: [], indicators: [], levels: [], targets: [], contributors: [], dimensions: [], mappings: [] };
  let indicatorPosition = 0;

  const resolveInstitution = (code: string, indicatorCode: string) => {
    const id = institutionIds.get(code);
    if (!id) throw new AppError("BAD_REQUEST", libText("errors.indicatorNamesUnknownInstitution", { indicator: indicatorCode, code }));
    return id;
  };

  const resolveDimension = (code: string, indicatorCode: string) => {
    const id = dimensionIds.get(code);
    if (!id) throw new AppError("BAD_REQUEST", libText("errors.indicatorNamesUnknownDimension", { indicator: indicatorCode, code }));
    return id;
  };

  const addIndicator = (indicator: IndicatorDefinition, areaId: string) => {
    const id = randomUUID();
    const built = buildIndicatorRows(
      indicator,
      { id, versionId, identityId: context.identityOf(indicator.code, id), areaId, position: indicatorPosition++ },
      {
        institution: (code) => resolveInstitution(code, indicator.code),
        dimension: (code) => resolveDimension(code, indicator.code),
      },
    );
    rows.indicators.push(built.indicator);
    rows.levels.push(...built.levels);
    rows.targets.push(...built.targets);
    rows.contributors.push(...built.contributors);
    rows.dimensions.push(...built.dimensions);
    rows.mappings.push(...built.mappings);
  };

  const walk = (list: AreaDefinition[], parentId: string | null) => {
    list.forEach((area, position) => {
      const id = randomUUID();
      rows.areas.push({
        id,
        versionId,
        parentId,
        code: area.code,
        name: area.name,
        nameTranslations: area.nameTranslations ?? undefined,
        description: area.description ?? null,
        descriptionTranslations: area.descriptionTranslations ?? undefined,
        position,
      });
      for (const indicator of area.indicators ?? []) addIndicator(indicator, id);
      if (area.areas) walk(area.areas, id);
    });
  };
  walk(areas, null);
  return rows;
}
