import type { ExistingOpenSdgFramework, Names, OpenSdgImportPlan, OpenSdgPlanParams, PlannedAreaUpdate } from "./open-sdg-plan";
import type { Problem } from "@/lib/problems/problem";
import type { DimensionCatalogue } from "./plan-open-sdg-dimensions";
import type { SourceArea, SourceIndicator } from "./plan-open-sdg-structure";
import { keyedProblem } from "@/lib/problems/problem";
import { libText } from "@/lib/i18n/lib-text";

const sameTranslations = (a: Record<string, string>, b: Record<string, string>) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/** Step 1 of a plan: new areas are created (after their parents), those the source names differently are renamed. */
export function planOpenSdgAreas(
  sourceAreas: readonly SourceArea[],
  framework: ExistingOpenSdgFramework | null,
  newId: () => string,
): OpenSdgImportPlan["areas"] {
  const existingAreas = new Map((framework?.areas ?? []).map((area) => [area.code, area]));
  const nextPosition = new Map<string | null, number>();
  for (const area of framework?.areas ?? [])
    nextPosition.set(area.parentId, Math.max(nextPosition.get(area.parentId) ?? 0, area.position + 1));
  const areaIds = new Map<string, string>();
  const areas: OpenSdgImportPlan["areas"] = { create: [], update: [] };
  for (const area of sourceAreas) {
    const found = existingAreas.get(area.code);
    if (found) {
      areaIds.set(area.code, found.id);
      const update = areaUpdate(found, area);
      if (update) areas.update.push(update);
      continue;
    }
    const id = newId();
    areaIds.set(area.code, id);
    const parentId = area.parentCode ? (areaIds.get(area.parentCode) ?? null) : null;
    const position = nextPosition.get(parentId) ?? 0;
    nextPosition.set(parentId, position + 1);
    const { isNamedBySource: _named, ...fields } = area;
    areas.create.push({ ...fields, id, position });
  }
  return areas;
}

/**
 * Step 2: indicators. New ones take numbers and the file's columns as dimensions; existing
 * ones are renamed when the source names them and gain the file's new columns. An existing
 * indicator that does not take numbers is a problem of its file.
 */
export function planOpenSdgIndicators(
  sourceIndicators: readonly SourceIndicator[],
  framework: ExistingOpenSdgFramework | null,
  catalogue: DimensionCatalogue,
  params: OpenSdgPlanParams,
  newId: () => string,
): { indicators: OpenSdgImportPlan["indicators"]; unchanged: number; problems: Problem[] } {
  const existingIndicators = new Map((framework?.indicators ?? []).map((indicator) => [indicator.code, indicator]));
  let indicatorPosition = Math.max(-1, ...(framework?.indicators ?? []).map((indicator) => indicator.position)) + 1;
  const indicators: OpenSdgImportPlan["indicators"] = { create: [], update: [] };
  const problems: Problem[] = [];
  let unchanged = 0;
  for (const indicator of sourceIndicators) {
    const dimensions = indicator.file.columns.map((column) => catalogue.dimension(column));
    const found = existingIndicators.get(indicator.code);
    if (!found) {
      indicators.create.push({
        id: newId(),
        code: indicator.code,
        name: indicator.name,
        nameTranslations: indicator.nameTranslations,
        unit: indicator.unit,
        areaCode: indicator.areaCode,
        targetCode: indicator.targetCode,
        dimensionCodes: dimensions.map((dimension) => dimension.code),
        dimensionIds: dimensions.map((dimension) => dimension.id),
        position: indicatorPosition++,
        file: indicator.file.file,
      });
      continue;
    }
    if (found.valueType !== "NUMBER" && found.valueType !== "PERCENTAGE") {
      problems.push(
        keyedProblem(
          { file: indicator.file.file },
          libText("importProblems.definitionsNotNumbers", {
            code: indicator.code,
            framework: params.frameworkCode,
            type: found.valueType.toLowerCase().replace("_", "/"),
          }),
        ),
      );
      continue;
    }
    const before: Names = { name: found.name, nameTranslations: found.nameTranslations ?? {} };
    const after: Names = {
      name: indicator.isNamedBySource ? indicator.name : found.name,
      nameTranslations: { ...before.nameTranslations, ...indicator.nameTranslations },
    };
    const linked = new Set(found.dimensions.map((link) => link.dimensionId));
    let linkPosition = Math.max(-1, ...found.dimensions.map((link) => link.position)) + 1;
    const addDimensions = dimensions
      .filter((dimension) => !linked.has(dimension.id))
      .map((dimension) => ({ dimensionId: dimension.id, code: dimension.code, position: linkPosition++ }));
    if (after.name !== before.name || !sameTranslations(before.nameTranslations, after.nameTranslations) || addDimensions.length > 0) {
      indicators.update.push({ id: found.id, code: indicator.code, before, after, addDimensions });
    } else {
      unchanged += 1;
    }
  }
  return { indicators, unchanged, problems };
}

function areaUpdate(found: ExistingOpenSdgFramework["areas"][number], area: SourceArea): PlannedAreaUpdate | null {
  const before = { name: found.name, nameTranslations: found.nameTranslations ?? {}, description: found.description };
  // Our fallback names ("Target 10.7", the goals' names) never replace a name people gave.
  const after = area.isNamedBySource
    ? { name: area.name, nameTranslations: { ...before.nameTranslations, ...area.nameTranslations }, description: area.description }
    : before;
  const changed =
    after.name !== before.name ||
    after.description !== before.description ||
    !sameTranslations(before.nameTranslations, after.nameTranslations);
  return changed ? { id: found.id, code: area.code, before, after } : null;
}
