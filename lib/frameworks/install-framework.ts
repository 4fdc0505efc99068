import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/audit/audit-actions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors";
import { zodProblems } from "@/lib/validation/parse-input";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isQuantitative, YES_NO_LEVELS } from "@/lib/indicators/value-types";
import { frameworkDefinitionSchema, type AreaDefinition, type FrameworkDefinition, type IndicatorDefinition } from "./schemas";

export type InstalledFramework = {
  frameworkId: string;
  versionId: string;
  /** Indicator code -> id, for callers that attach values next. */
  indicatorIds: Map<string, string>;
};

/**
 * Creates a framework, its first version, areas and indicators from a definition, in the
 * caller's transaction. Institution and dimension codes are resolved within the workspace;
 * an unknown code refuses the whole installation. The number of statements is fixed
 * (one createMany per table), whatever the size of the matrix.
 */
export async function installFramework(
  tx: Tx,
  input: { workspaceId: string; definition: FrameworkDefinition; actor: Actor },
): Promise<InstalledFramework> {
  const parsed = frameworkDefinitionSchema.safeParse(input.definition);
  if (!parsed.success) {
    throw new AppError("BAD_REQUEST", "The framework definition is not valid", {
      problems: zodProblems(parsed.error),
    });
  }
  const definition = parsed.data;

  const existing = await tx.framework.findUnique({
    where: { workspaceId_code: { workspaceId: input.workspaceId, code: definition.code } },
    select: { id: true },
  });
  if (existing) throw new AppError("CONFLICT", `A framework with code ${definition.code} already exists`);

  const [institutions, dimensions] = await Promise.all([
    tx.institution.findMany({ where: { workspaceId: input.workspaceId }, select: { id: true, code: true } }),
    tx.dimension.findMany({ where: { workspaceId: input.workspaceId }, select: { id: true, code: true } }),
  ]);
  const institutionIds = new Map(institutions.map((row) => [row.code, row.id]));
  const dimensionIds = new Map(dimensions.map((row) => [row.code, row.id]));

  const frameworkId = randomUUID();
  const versionId = randomUUID();
  const rows = collectRows(definition.areas, versionId, institutionIds, dimensionIds);

  await tx.framework.create({
    data: {
      id: frameworkId,
      workspaceId: input.workspaceId,
      code: definition.code,
      name: definition.name,
      description: definition.description ?? null,
      scoringMethod: definition.scoringMethod,
      baseYear: definition.baseYear ?? null,
      versions: {
        create: {
          id: versionId,
          number: definition.version.number,
          label: definition.version.label,
          status: definition.version.status,
          approvedAt: definition.version.approvedAt ? new Date(definition.version.approvedAt) : null,
        },
      },
    },
  });
  await tx.area.createMany({ data: rows.areas });
  await tx.indicator.createMany({ data: rows.indicators });
  await tx.indicatorLevel.createMany({ data: rows.levels });
  await tx.indicatorTarget.createMany({ data: rows.targets });
  await tx.indicatorContributor.createMany({ data: rows.contributors });
  await tx.indicatorDimension.createMany({ data: rows.dimensions });
  await tx.indicatorMapping.createMany({ data: rows.mappings });

  await recordAuditEvent(tx, {
    workspaceId: input.workspaceId,
    actor: input.actor,
    action: "framework.installed",
    entityType: "Framework",
    entityId: frameworkId,
    summary: `Installed ${definition.code} version ${definition.version.label} (${rows.indicators.length} indicators)`,
    after: { code: definition.code, name: definition.name, version: definition.version.label, indicators: rows.indicators.length },
  });

  return {
    frameworkId,
    versionId,
    indicatorIds: new Map(rows.indicators.map((indicator) => [indicator.code, indicator.id as string])),
  };
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
  versionId: string,
  institutionIds: Map<string, string>,
  dimensionIds: Map<string, string>,
): Rows {
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
