import type { Prisma } from "@/lib/generated/prisma/client";
import { isQuantitative, YES_NO_LEVELS } from "@/lib/indicators/value-types";
import type { IndicatorDefinition } from "./schemas";

/** The rows of one indicator definition: the Indicator row and the rows of its lists. */
export type IndicatorRows = {
  indicator: Prisma.IndicatorCreateManyInput;
  levels: Prisma.IndicatorLevelCreateManyInput[];
  targets: Prisma.IndicatorTargetCreateManyInput[];
  contributors: Prisma.IndicatorContributorCreateManyInput[];
  dimensions: Prisma.IndicatorDimensionCreateManyInput[];
  mappings: Prisma.IndicatorMappingCreateManyInput[];
};

/**
 * How a definition becomes table rows: the one translation used by framework installation,
 * version writing and the matrix editor. Codes of institutions and dimensions are resolved by
 * the caller's functions, which refuse unknown codes.
 */
export function buildIndicatorRows(
  indicator: IndicatorDefinition,
  placement: { id: string; versionId: string; identityId: string; areaId: string; position: number },
  resolve: { institution: (code: string) => string; dimension: (code: string) => string },
): IndicatorRows {
  const { id } = placement;
  const quantitative = isQuantitative(indicator.valueType);
  const levels = indicator.valueType === "YES_NO" ? YES_NO_LEVELS : (indicator.levels ?? []);
  const mappings = indicator.mappings;
  return {
    indicator: {
      ...placement,
      code: indicator.code,
      name: indicator.name,
      nameTranslations: indicator.nameTranslations ?? undefined,
      definition: indicator.definition ?? null,
      definitionTranslations: indicator.definitionTranslations ?? undefined,
      unitTranslations: indicator.unitTranslations ?? undefined,
      dataSourceTranslations: indicator.dataSourceTranslations ?? undefined,
      verificationTranslations: indicator.verificationTranslations ?? undefined,
      valueType: indicator.valueType,
      unit: indicator.unit ?? (indicator.valueType === "PERCENTAGE" ? "%" : null),
      direction: indicator.direction ?? null,
      lowerLimit: indicator.lowerLimit ?? null,
      upperLimit: indicator.upperLimit ?? null,
      decimals: indicator.decimals ?? null,
      breakdownsMustSum: indicator.breakdownsMustSum ?? false,
      baselineYear: indicator.baseline?.year ?? null,
      baselineNumber: quantitative && typeof indicator.baseline?.value === "number" ? indicator.baseline.value : null,
      baselineLevel: !quantitative && typeof indicator.baseline?.value === "string" ? indicator.baseline.value : null,
      dataSource: indicator.dataSource ?? null,
      verification: indicator.verification ?? null,
      leadInstitutionId: indicator.leadInstitution ? resolve.institution(indicator.leadInstitution) : null,
    },
    levels: levels.map((level, position) => ({
      indicatorId: id,
      code: level.code,
      label: level.label,
      labelTranslations: ("labelTranslations" in level ? level.labelTranslations : undefined) ?? undefined,
      score: level.score,
      position,
    })),
    targets: (indicator.targets ?? []).map((target) => ({
      indicatorId: id,
      year: target.year,
      number: typeof target.value === "number" ? target.value : null,
      levelCode: typeof target.value === "string" ? target.value : null,
      isFinal: target.isFinal ?? false,
    })),
    contributors: [...new Set(indicator.contributors ?? [])].map((code) => ({ indicatorId: id, institutionId: resolve.institution(code) })),
    dimensions: (indicator.dimensions ?? []).map((code, position) => ({ indicatorId: id, dimensionId: resolve.dimension(code), position })),
    mappings: [
      ...(mappings?.mgiDomain ? [{ indicatorId: id, scheme: "MGI_DOMAIN" as const, code: String(mappings.mgiDomain) }] : []),
      ...[...new Set(mappings?.sdgTargets ?? [])].map((code) => ({ indicatorId: id, scheme: "SDG_TARGET" as const, code })),
      ...[...new Set(mappings?.gcmObjectives ?? [])].map((objective) => ({
        indicatorId: id,
        scheme: "GCM_OBJECTIVE" as const,
        code: String(objective),
      })),
    ],
  };
}
