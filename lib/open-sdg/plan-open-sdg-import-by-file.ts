import { randomUUID } from "node:crypto";
import type { Problem } from "@/lib/problems/problem";
import { leaveOutRefused, NOTHING_REFUSED, structureRefusals } from "./leave-out-refused";
import {
  DEFAULT_OPEN_SDG_FRAMEWORK_NAME,
  type OpenSdgExistingState,
  type OpenSdgPlannedValues,
  type OpenSdgPlanParams,
  type OpenSdgStagedPlan,
} from "./open-sdg-plan";
import { asProblem } from "./open-sdg-refusal";
import type { OpenSdgImportReport, OpenSdgRefused } from "./open-sdg-report";
import { DEFAULT_PERIOD_RULE } from "./parse-open-sdg-period";
import type { ParsedOpenSdgSource } from "./parse-open-sdg-source";
import { planOpenSdgAreas, planOpenSdgIndicators } from "./plan-open-sdg-definitions";
import { DimensionCatalogue } from "./plan-open-sdg-dimensions";
import { planOpenSdgStructure } from "./plan-open-sdg-structure";
import { createOpenSdgValuePlanner } from "./plan-open-sdg-values";

/** An import plan made in two steps: the structure at once, then the values file by file. */
export type OpenSdgPlanByFile = {
  /** Anything here refuses the whole import; the values are then not planned. */
  problems: Problem[];
  /** Data rows of the files whose values are planned, for progress. */
  rows: number;
  /**
   * Plans the values one indicator file at a time, yielding each file's values as soon as
   * they are planned: the caller stages them and lets them go, so only one file's rows are
   * held at once. Run once, to the end, before `finish`.
   */
  planValues: () => Generator<{ file: string; rows: number; values: OpenSdgPlannedValues }>;
  /** The plan's structure and its report, counting every value planned. */
  finish: () => OpenSdgStagedPlan;
};

/**
 * What importing a parsed data set into the workspace would change, and the report of it,
 * planned so that memory does not grow with the data set (decision 040): the structure
 * (areas, indicators, dimensions) needs every file's columns, which the parse kept; the values
 * are planned file by file, re-reading each file's observations, with only the code mapping
 * (the dimension catalogue), the counts and the listed repeats and locked values kept across
 * files. Pure: the existing state is passed in, ids are made by `newId`. By default every
 * refused file or row is a problem of the plan, which refuses the import; with
 * `params.partial` they are left out and counted in the report, as are files the plan itself
 * cannot place (a code given twice, an indicator that does not take numbers).
 */
export function planOpenSdgImportByFile(
  source: ParsedOpenSdgSource,
  existing: OpenSdgExistingState,
  params: OpenSdgPlanParams,
  newId: () => string = randomUUID,
): OpenSdgPlanByFile {
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
): OpenSdgPlanByFile {
  const structure = planOpenSdgStructure(source);
  const framework = existing.framework;
  const catalogue = new DimensionCatalogue(existing.dimensions, newId);
  const areas = planOpenSdgAreas(structure.areas, framework, newId);
  const indicators = planOpenSdgIndicators(structure.indicators, framework, catalogue, params, newId);
  const planner = createOpenSdgValuePlanner(framework, catalogue, newId);
  const stored = { created: 0, updated: 0 };
  let isPlanned = false;

  function* planValues() {
    for (const indicator of structure.indicators) {
      const values = planner.plan(indicator);
      stored.created += values.create.length;
      stored.updated += values.update.length;
      yield { file: indicator.file.file, rows: indicator.file.rows, values };
    }
    isPlanned = true;
  }

  function finish(): OpenSdgStagedPlan {
    if (!isPlanned) throw new Error("The values of an Open SDG plan must be planned before it is finished");
    const counts = planner.counts;
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
      rows: counts.rows + refused.rows,
      partial: params.partial ?? false,
      refused,
      values: {
        total: counts.total,
        blank: counts.blank,
        stored: stored.created + stored.updated + counts.unchanged,
        created: stored.created,
        updated: stored.updated,
        unchanged: counts.unchanged,
        repeated: counts.repeated.length,
        notInSource: (framework?.values.length ?? 0) - counts.seenExisting,
        locked: counts.locked.length,
      },
      periods: { rule: params.periodRule ?? DEFAULT_PERIOD_RULE, mapped: counts.fromPeriods },
      repeated: counts.repeated,
      locked: counts.locked,
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
    };
  }

  return {
    problems: [...sourceProblems, ...structure.problems, ...indicators.problems],
    rows: structure.indicators.reduce((sum, indicator) => sum + indicator.file.rows, 0),
    planValues,
    finish,
  };
}
