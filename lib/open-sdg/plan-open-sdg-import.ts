import { randomUUID } from "node:crypto";
import type {
  ExistingOpenSdgFramework,
  Names,
  OpenSdgExistingState,
  OpenSdgImportPlan,
  OpenSdgPlanParams,
  PlannedAreaUpdate,
  OpenSdgLockedValue,
} from "./open-sdg-plan";
import { checkValueWritable } from "@/lib/monitoring/value-workflow";
import type { Problem } from "@/lib/problems/problem";
import type { OpenSdgImportReport, OpenSdgRepeat } from "./open-sdg-report";
import { DimensionCatalogue } from "./plan-open-sdg-dimensions";
import { planOpenSdgStructure, type SourceArea } from "./plan-open-sdg-structure";
import { DEFAULT_PERIOD_RULE } from "./parse-open-sdg-period";
import type { ParsedOpenSdgSource } from "./parse-open-sdg-source";

export const DEFAULT_OPEN_SDG_FRAMEWORK_NAME = "National SDG indicators";

const sameTranslations = (a: Record<string, string>, b: Record<string, string>) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/**
 * What importing a parsed data set into the workspace would change, and the report of it.
 * Pure: the existing state is passed in, ids are made by `newId`. The first occurrence of an
 * observation (file, year, disaggregation) is kept; later ones are listed, never stored, so
 * that every non-blank value is accounted for: stored or repeated.
 */
export function planOpenSdgImport(
  source: ParsedOpenSdgSource,
  existing: OpenSdgExistingState,
  params: OpenSdgPlanParams,
  newId: () => string = randomUUID,
): OpenSdgImportPlan {
  const structure = planOpenSdgStructure(source);
  const problems: Problem[] = [...source.problems, ...structure.problems];
  const warnings = [...source.warnings, ...structure.warnings];
  const framework = existing.framework;
  const catalogue = new DimensionCatalogue(existing.dimensions, newId);

  // Areas: new ones are created, those the source names differently are renamed.
  const existingAreas = new Map((framework?.areas ?? []).map((area) => [area.code, area]));
  const nextPosition = new Map<string | null, number>();
  for (const area of framework?.areas ?? [])
    nextPosition.set(area.parentId, Math.max(nextPosition.get(area.parentId) ?? 0, area.position + 1));
  const areaIds = new Map<string, string>();
  const areas: OpenSdgImportPlan["areas"] = { create: [], update: [] };
  for (const area of structure.areas) {
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

  // Indicators.
  const existingIndicators = new Map((framework?.indicators ?? []).map((indicator) => [indicator.code, indicator]));
  let indicatorPosition = Math.max(-1, ...(framework?.indicators ?? []).map((indicator) => indicator.position)) + 1;
  const indicators: OpenSdgImportPlan["indicators"] = { create: [], update: [] };
  let unchangedIndicators = 0;
  for (const indicator of structure.indicators) {
    const dimensions = indicator.file.columns.map((column) => catalogue.dimension(column));
    const found = existingIndicators.get(indicator.code);
    if (!found) {
      const id = newId();
      indicators.create.push({
        id,
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
      problems.push({
        file: indicator.file.file,
        message: `Indicator ${indicator.code} of ${params.frameworkCode} takes ${found.valueType.toLowerCase().replace("_", "/")} values, not numbers; import into another framework`,
      });
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
      unchangedIndicators += 1;
    }
  }

  // Values: the first occurrence wins; repeats are reported. Stored values are found by the
  // indicator's identity, whichever version they were reported against.
  const codeOfIdentity = new Map((framework?.indicators ?? []).map((indicator) => [indicator.identityId, indicator.code]));
  const existingValues = new Map(
    (framework?.values ?? []).map((value) => [`${codeOfIdentity.get(value.identityId)}|${value.year}|${value.disaggregation}`, value]),
  );
  const cycleOfYear = new Map((framework?.cycles ?? []).map((cycle) => [cycle.year, cycle]));
  const locked: OpenSdgLockedValue[] = [];
  const seenExisting = new Set<string>();
  const values: OpenSdgImportPlan["values"] = { create: [], update: [] };
  const repeated: OpenSdgRepeat[] = [];
  let rows = 0;
  let total = 0;
  let blank = 0;
  let unchangedValues = 0;
  for (const indicator of structure.indicators) {
    const source = `Open SDG: ${indicator.file.file}`;
    const first = new Map<string, { line: number; value: number }>();
    for (const observation of indicator.file.observations) {
      rows += 1;
      if (observation.value === null) {
        blank += 1;
        continue;
      }
      total += 1;
      const disaggregation = catalogue.keyOf(observation.disaggregation);
      const key = `${observation.year}|${disaggregation}`;
      const earlier = first.get(key);
      if (earlier) {
        repeated.push({
          file: indicator.file.file,
          line: observation.line,
          firstLine: earlier.line,
          year: observation.year,
          disaggregation: observation.disaggregation,
          value: observation.value,
          firstValue: earlier.value,
          differs: earlier.value !== observation.value,
        });
        continue;
      }
      first.set(key, { line: observation.line, value: observation.value });
      const breakdown = Object.values(observation.disaggregation).join(", ") || "Total";
      const planned = {
        indicatorCode: indicator.code,
        year: observation.year,
        disaggregation,
        breakdown,
        number: observation.value,
        source,
        periodLabel: observation.periodLabel ?? null,
      };
      const stored = existingValues.get(`${indicator.code}|${key}`);
      if (stored) seenExisting.add(stored.id);
      // Numbers are stored exactly (lib/monitoring/store-exact-numbers.ts); those an earlier release rounded are corrected.
      if (stored && stored.number === observation.value) {
        unchangedValues += 1;
        continue;
      }
      // The same rule as every other source of values (lib/monitoring/value-workflow.ts).
      const writable = checkValueWritable(stored?.status ?? null, cycleOfYear.get(observation.year) ?? null);
      if (!writable.ok) {
        locked.push({
          file: indicator.file.file,
          line: observation.line,
          indicatorCode: indicator.code,
          year: observation.year,
          breakdown,
          storedValue: stored?.number ?? null,
          importedValue: observation.value,
          message: writable.message,
        });
        continue;
      }
      if (!stored) values.create.push({ id: newId(), ...planned });
      else
        values.update.push({
          id: stored.id,
          ...planned,
          before: { number: stored.number, status: stored.status, version: stored.version },
        });
    }
  }

  const dimensionsUsed = new Set(structure.indicators.flatMap((indicator) => indicator.file.columns));
  const planned = catalogue.all();
  const report: OpenSdgImportReport = {
    dryRun: params.dryRun,
    sourceName: params.sourceName,
    frameworkCode: params.frameworkCode,
    frameworkCreated: framework === null,
    files: { indicatorFiles: source.dataFiles.length, metadataFiles: source.metadataFiles, skipped: source.skipped },
    rows,
    values: {
      total,
      blank,
      stored: values.create.length + values.update.length + unchangedValues,
      created: values.create.length,
      updated: values.update.length,
      unchanged: unchangedValues,
      repeated: repeated.length,
      notInSource: (framework?.values ?? []).filter((value) => !seenExisting.has(value.id)).length,
      locked: locked.length,
    },
    periods: {
      rule: params.periodRule ?? DEFAULT_PERIOD_RULE,
      mapped: structure.indicators.reduce(
        (sum, indicator) =>
          sum + indicator.file.observations.filter((observation) => observation.periodLabel && observation.value !== null).length,
        0,
      ),
    },
    repeated,
    locked,
    indicators: {
      total: structure.indicators.length,
      created: indicators.create.length,
      updated: indicators.update.length,
      unchanged: unchangedIndicators,
      withoutMetadata: structure.indicators.filter((indicator) => !indicator.hasMetadata).map((indicator) => indicator.code),
    },
    areas: { created: areas.create.length, updated: areas.update.length },
    dimensions: {
      used: dimensionsUsed.size,
      created: planned.filter((dimension) => dimension.isNew).map((dimension) => dimension.name),
      membersCreated: planned.reduce((sum, dimension) => sum + [...dimension.members.values()].filter((member) => member.isNew).length, 0),
    },
    languages: source.languages,
    warnings,
  };

  return {
    report,
    problems,
    frameworkName: params.frameworkName ?? framework?.name ?? DEFAULT_OPEN_SDG_FRAMEWORK_NAME,
    areas,
    indicators,
    dimensions: {
      create: planned.filter((dimension) => dimension.isNew).map(({ id, code, name, position }) => ({ id, code, name, position })),
      createMembers: planned.flatMap((dimension) =>
        [...dimension.members.values()]
          .filter((member) => member.isNew)
          .map(({ id, code, name, position }) => ({ id, dimensionId: dimension.id, code, name, position })),
      ),
    },
    values,
  };
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
