import type { FrameworkStructure, StructureIndicator } from "./get-framework-structure";

/** The public JSON shape of a framework (GET /api/v1/frameworks/{code}); later API versions extend it. */
export function toFrameworkDto(structure: FrameworkStructure) {
  return {
    code: structure.code,
    name: structure.name,
    description: structure.description,
    scoringMethod: structure.scoringMethod,
    version: structure.version.label,
    status: structure.version.status,
    areas: structure.areas.map((area) => ({
      code: area.code,
      name: area.name,
      parentCode: area.parentCode,
      indicators: area.indicators.map(toIndicatorDto),
    })),
  };
}

export function toIndicatorDto(indicator: StructureIndicator) {
  const baselineValue = indicator.baselineNumber ?? indicator.baselineLevel;
  return {
    code: indicator.code,
    name: indicator.name,
    valueType: indicator.valueType,
    unit: indicator.unit,
    direction: indicator.direction,
    baseline: indicator.baselineYear !== null && baselineValue !== null ? { year: indicator.baselineYear, value: baselineValue } : null,
    targets: indicator.targets.map((target) => ({
      year: target.year,
      value: target.number ?? target.levelCode,
      isFinal: target.isFinal,
    })),
    leadInstitution: indicator.leadInstitution,
    levels: indicator.levels.length > 0 ? indicator.levels : undefined,
  };
}
