import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isQuantitative, YES_NO_LEVELS } from "@/lib/indicators/value-types";
import type { AreaDefinition, IndicatorDefinition } from "./schemas";

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
  const [institutions, dimensions] = await Promise.all([
    tx.institution.findMany({ where: { workspaceId: input.workspaceId }, select: { id: true, code: true } }),
    tx.dimension.findMany({ where: { workspaceId: input.workspaceId }, select: { id: true, code: true } }),
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
    if (!id) throw new AppError("BAD_REQUEST", `Indicator ${indicatorCode} names institution ${code}, which does not exist`);
    return id;
  };

  const addIndicator = (indicator: IndicatorDefinition, areaId: string) => {
    const id = randomUUID();
    const quantitative = isQuantitative(indicator.valueType);
    rows.indicators.push({
      id,
      versionId,
      identityId: context.identityOf(indicator.code, id),
      areaId,
      code: indicator.code,
      name: indicator.name,
      nameTranslations: indicator.nameTranslations ?? undefined,
      definition: indicator.definition ?? null,
      valueType: indicator.valueType,
      unit: indicator.unit ?? (indicator.valueType === "PERCENTAGE" ? "%" : null),
      direction: indicator.direction ?? null,
      lowerLimit: indicator.lowerLimit ?? null,
      upperLimit: indicator.upperLimit ?? null,
      decimals: indicator.decimals ?? null,
      baselineYear: indicator.baseline?.year ?? null,
      baselineNumber: quantitative && typeof indicator.baseline?.value === "number" ? indicator.baseline.value : null,
      baselineLevel: !quantitative && typeof indicator.baseline?.value === "string" ? indicator.baseline.value : null,
      dataSource: indicator.dataSource ?? null,
      verification: indicator.verification ?? null,
      leadInstitutionId: indicator.leadInstitution ? resolveInstitution(indicator.leadInstitution, indicator.code) : null,
      position: indicatorPosition++,
    });

    const levels = indicator.valueType === "YES_NO" ? YES_NO_LEVELS : (indicator.levels ?? []);
    levels.forEach((level, position) =>
      rows.levels.push({ indicatorId: id, code: level.code, label: level.label, score: level.score, position }),
    );
    for (const target of indicator.targets ?? []) {
      rows.targets.push({
        indicatorId: id,
        year: target.year,
        number: typeof target.value === "number" ? target.value : null,
        levelCode: typeof target.value === "string" ? target.value : null,
        isFinal: target.isFinal ?? false,
      });
    }
    for (const code of new Set(indicator.contributors ?? [])) {
      rows.contributors.push({ indicatorId: id, institutionId: resolveInstitution(code, indicator.code) });
    }
    (indicator.dimensions ?? []).forEach((code, position) => {
      const dimensionId = dimensionIds.get(code);
      if (!dimensionId) throw new AppError("BAD_REQUEST", `Indicator ${indicator.code} names dimension ${code}, which does not exist`);
      rows.dimensions.push({ indicatorId: id, dimensionId, position });
    });
    const mappings = indicator.mappings;
    if (mappings?.mgiDomain) rows.mappings.push({ indicatorId: id, scheme: "MGI_DOMAIN", code: String(mappings.mgiDomain) });
    for (const target of new Set(mappings?.sdgTargets ?? [])) rows.mappings.push({ indicatorId: id, scheme: "SDG_TARGET", code: target });
    for (const objective of new Set(mappings?.gcmObjectives ?? [])) {
      rows.mappings.push({ indicatorId: id, scheme: "GCM_OBJECTIVE", code: String(objective) });
    }
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
        position,
      });
      for (const indicator of area.indicators ?? []) addIndicator(indicator, id);
      if (area.areas) walk(area.areas, id);
    });
  };
  walk(areas, null);
  return rows;
}
