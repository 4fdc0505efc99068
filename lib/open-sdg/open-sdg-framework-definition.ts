import type { AreaDefinition, FrameworkDefinition, IndicatorDefinition } from "@/lib/frameworks/schemas";
import { isTargetCode } from "./open-sdg-codes";
import type { OpenSdgStagedPlan, PlannedIndicatorCreate } from "./open-sdg-plan";

/** The framework an import creates, as a definition for installFramework. */
export function definitionOf(code: string, plan: OpenSdgStagedPlan): FrameworkDefinition {
  const indicatorsOf = new Map<string, IndicatorDefinition[]>();
  for (const indicator of plan.indicators.create) {
    const list = indicatorsOf.get(indicator.areaCode) ?? [];
    list.push(indicatorDefinition(indicator));
    indicatorsOf.set(indicator.areaCode, list);
  }
  const build = (parentCode: string | null): AreaDefinition[] =>
    plan.areas.create
      .filter((area) => area.parentCode === parentCode)
      .map((area) => {
        const children = build(area.code);
        const indicators = indicatorsOf.get(area.code) ?? [];
        return {
          code: area.code,
          name: area.name,
          ...(Object.keys(area.nameTranslations).length > 0 ? { nameTranslations: area.nameTranslations } : {}),
          ...(area.description ? { description: area.description } : {}),
          ...(children.length > 0 ? { areas: children } : {}),
          ...(indicators.length > 0 ? { indicators } : {}),
        };
      });
  return {
    code,
    name: plan.frameworkName,
    description: `Imported from the Open SDG data set ${plan.report.sourceName}.`,
    scoringMethod: "NORMALISED_ACHIEVEMENT",
    version: { number: 1, label: "Open SDG import", status: "APPROVED", approvedAt: new Date().toISOString().slice(0, 10) },
    areas: build(null),
  };
}

function indicatorDefinition(indicator: PlannedIndicatorCreate): IndicatorDefinition {
  return {
    code: indicator.code,
    name: indicator.name,
    ...(Object.keys(indicator.nameTranslations).length > 0 ? { nameTranslations: indicator.nameTranslations } : {}),
    valueType: "NUMBER",
    ...(indicator.unit ? { unit: indicator.unit } : {}),
    ...(indicator.dimensionCodes.length > 0 ? { dimensions: indicator.dimensionCodes } : {}),
    ...(indicator.targetCode && isTargetCode(indicator.targetCode) ? { mappings: { sdgTargets: [indicator.targetCode] } } : {}),
  };
}
