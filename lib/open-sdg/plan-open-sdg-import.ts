import { randomUUID } from "node:crypto";
import type { Problem } from "@/lib/problems/problem";
import { leaveOutRefused, NOTHING_REFUSED, structureRefusals } from "./leave-out-refused";
import type { OpenSdgExistingState, OpenSdgImportPlan, OpenSdgPlanParams } from "./open-sdg-plan";
import { asProblem } from "./open-sdg-refusal";
import type { OpenSdgImportReport, OpenSdgRefused } from "./open-sdg-report";
import { DEFAULT_PERIOD_RULE } from "./parse-open-sdg-period";
import type { ParsedOpenSdgSource } from "./parse-open-sdg-source";
import { planOpenSdgAreas, planOpenSdgIndicators } from "./plan-open-sdg-definitions";
import { DimensionCatalogue } from "./plan-open-sdg-dimensions";
import { planOpenSdgStructure } from "./plan-open-sdg-structure";
import { planOpenSdgValues } from "./plan-open-sdg-values";

export const DEFAULT_OPEN_SDG_FRAMEWORK_NAME = "National SDG indicators";

/**
 * What importing a parsed data set into the workspace would change, and the report of it.
 * Pure: the existing state is passed in, ids are made by `newId`. By default every refused
 * file or row is a problem of the plan, which refuses the import; with `params.partial` they
 * are left out and counted in the report, as are files the plan itself cannot place (a code
 * given twice, an indicator that does not take numbers).
 */
export function planOpenSdgImport(
  source: ParsedOpenSdgSource,
  existing: OpenSdgExistingState,
  params: OpenSdgPlanParams,
  newId: () => string = randomUUID,
): OpenSdgImportPlan {
  if (!params.partial) return planUsable(source, NOTHING_REFUSED, existing, params, newId, source.problems.map(asProblem));
  const first = leaveOutRefused(source, source.problems);
  const plan = planUsable(first.usable, first.refused, existing, params, newId, []);
  if (plan.problems.length === 0) return plan;
  const more = structureRefusals(plan.problems);
  if (!more) return plan;
  const second = leaveOutRefused(source, [...source.problems, ...more]);
  return planUsable(second.usable, second.refused, existing, params, newId, []);
}

function planUsable(
  source: ParsedOpenSdgSource,
  refused: OpenSdgRefused,
  existing: OpenSdgExistingState,
  params: OpenSdgPlanParams,
  newId: () => string,
  sourceProblems: Problem[],
): OpenSdgImportPlan {
  const structure = planOpenSdgStructure(source);
  const framework = existing.framework;
  const catalogue = new DimensionCatalogue(existing.dimensions, newId);
  const areas = planOpenSdgAreas(structure.areas, framework, newId);
  const indicators = planOpenSdgIndicators(structure.indicators, framework, catalogue, params, newId);
  const values = planOpenSdgValues(structure.indicators, framework, catalogue, newId);
  const dimensions = catalogue.all();

  const report: OpenSdgImportReport = {
    dryRun: params.dryRun,
    sourceName: params.sourceName,
    frameworkCode: params.frameworkCode,
    frameworkCreated: framework === null,
    files: {
      indicatorFiles: source.dataFiles.length + refused.files.filter((file) => file.file.startsWith("data/")).length,
      metadataFiles: source.metadataFiles,
      skipped: source.skipped,
    },
    rows: values.rows + refused.rows,
    partial: params.partial ?? false,
    refused,
    values: {
      total: values.total,
      blank: values.blank,
      stored: values.values.create.length + values.values.update.length + values.unchanged,
      created: values.values.create.length,
      updated: values.values.update.length,
      unchanged: values.unchanged,
      repeated: values.repeated.length,
      notInSource: (framework?.values ?? []).filter((value) => !values.seenExisting.has(value.id)).length,
      locked: values.locked.length,
    },
    periods: { rule: params.periodRule ?? DEFAULT_PERIOD_RULE, mapped: values.fromPeriods },
    repeated: values.repeated,
    locked: values.locked,
    indicators: {
      total: structure.indicators.length,
      created: indicators.indicators.create.length,
      updated: indicators.indicators.update.length,
      unchanged: indicators.unchanged,
      withoutMetadata: structure.indicators.filter((indicator) => !indicator.hasMetadata).map((indicator) => indicator.code),
    },
    areas: { created: areas.create.length, updated: areas.update.length },
    dimensions: {
      used: new Set(structure.indicators.flatMap((indicator) => indicator.file.columns)).size,
      created: dimensions.filter((dimension) => dimension.isNew).map((dimension) => dimension.name),
      membersCreated: dimensions.reduce(
        (sum, dimension) => sum + [...dimension.members.values()].filter((member) => member.isNew).length,
        0,
      ),
    },
    languages: source.languages,
    warnings: [...source.warnings, ...structure.warnings],
  };

  return {
    report,
    problems: [...sourceProblems, ...structure.problems, ...indicators.problems],
    frameworkName: params.frameworkName ?? framework?.name ?? DEFAULT_OPEN_SDG_FRAMEWORK_NAME,
    areas,
    indicators: indicators.indicators,
    dimensions: {
      create: dimensions.filter((dimension) => dimension.isNew).map(({ id, code, name, position }) => ({ id, code, name, position })),
      createMembers: dimensions.flatMap((dimension) =>
        [...dimension.members.values()]
          .filter((member) => member.isNew)
          .map(({ id, code, name, position }) => ({ id, dimensionId: dimension.id, code, name, position })),
      ),
    },
    values: values.values,
  };
}
