import type { FrameworkDefinition } from "@/lib/frameworks/schemas";
import type { CodeMapping } from "./code-mapping";
import type { DefinitionDiff, DiffSummary, FieldChange, FrameworkField, VersionRef } from "./definition-diff";
import { diffAreas } from "./diff-areas";
import { diffIndicators } from "./diff-indicators";
import { indexDefinition } from "./index-definition";
import { requireValidCodeMapping } from "./require-valid-code-mapping";
import { SCORING_METHOD_LABELS } from "./diff-english-words";

const versionRef = (definition: FrameworkDefinition): VersionRef => ({
  frameworkCode: definition.code,
  frameworkName: definition.name,
  number: definition.version.number ?? null,
  label: definition.version.label,
  status: definition.version.status ?? null,
});

function compareFrameworkFields(before: FrameworkDefinition, after: FrameworkDefinition): FieldChange<FrameworkField>[] {
  const changes: FieldChange<FrameworkField>[] = [];
  const push = (field: FrameworkField, label: string, from: string | null, to: string | null) => {
    if (from !== to) changes.push({ field, label, before: from, after: to });
  };
  const text = (value: string | undefined) => value?.trim() || null;
  const method = (definition: FrameworkDefinition) => SCORING_METHOD_LABELS[definition.scoringMethod ?? "NORMALISED_ACHIEVEMENT"];
  push("code", "Framework code", before.code, after.code);
  push("name", "Framework name", text(before.name), text(after.name));
  push("description", "Description", text(before.description), text(after.description));
  push("scoringMethod", "Scoring method", method(before), method(after));
  push("baseYear", "Base year", before.baseYear?.toString() ?? null, after.baseYear?.toString() ?? null);
  return changes;
}

/**
 * What changed from one version of a matrix to another: framework fields, areas (added,
 * removed, renamed, moved, reordered) and indicators (added, removed, changed field by field,
 * and, through the new version's code mapping, renamed, split, merged and retired).
 *
 * Pure and linear: both versions are indexed in maps once, so two 500-indicator versions
 * compare in a few milliseconds. Indicators pair by code unless the mapping says otherwise;
 * a mapping that does not fit the two versions is refused (AppError UNPROCESSABLE), since it
 * would pair the wrong indicators. The version labels themselves are not a change.
 */
export function diffDefinitions(before: FrameworkDefinition, after: FrameworkDefinition, codeMapping?: CodeMapping): DefinitionDiff {
  const beforeIndex = indexDefinition(before);
  const afterIndex = indexDefinition(after);
  const mapping = codeMapping && codeMapping.length > 0 ? requireValidCodeMapping(codeMapping, beforeIndex, afterIndex) : [];

  const framework = compareFrameworkFields(before, after);
  const areas = diffAreas(beforeIndex, afterIndex);
  const indicators = diffIndicators(beforeIndex, afterIndex, mapping);
  const removedAreaCodes = areas.removed.map((area) => area.code);

  return {
    before: versionRef(before),
    after: versionRef(after),
    framework,
    areas,
    indicators,
    areaOrder: [...afterIndex.areaOrder, ...removedAreaCodes],
    summary: summarise(framework.length, areas, indicators),
  };
}

function summarise(frameworkFields: number, areas: DefinitionDiff["areas"], indicators: DefinitionDiff["indicators"]): DiffSummary {
  const hasField = (changes: readonly { field: string }[], field: string) => changes.some((change) => change.field === field);
  const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.reduce((total, item) => total + (test(item) ? 1 : 0), 0);
  const summary: DiffSummary = {
    frameworkFields,
    areas: {
      added: areas.added.length,
      removed: areas.removed.length,
      changed: areas.changed.length,
      renamed: count(areas.changed, (area) => hasField(area.changes, "name")),
      moved: count(areas.changed, (area) => hasField(area.changes, "parent")),
      reordered: count(areas.changed, (area) => hasField(area.changes, "position")),
      unchanged: areas.unchanged,
    },
    indicators: {
      added: indicators.added.length,
      removed: indicators.removed.length,
      changed: indicators.changed.length,
      renamed: count(indicators.changed, (indicator) => indicator.previousCode !== null),
      moved: count(indicators.changed, (indicator) => hasField(indicator.changes, "area")),
      reordered: count(indicators.changed, (indicator) => hasField(indicator.changes, "position")),
      split: indicators.split.length,
      merged: indicators.merged.length,
      retired: indicators.retired.length,
      unchanged: indicators.unchanged,
    },
    isEmpty: false,
  };
  const { unchanged: _areasUnchanged, ...areaCounts } = summary.areas;
  const { unchanged: _indicatorsUnchanged, ...indicatorCounts } = summary.indicators;
  summary.isEmpty =
    frameworkFields === 0 && [...Object.values(areaCounts), ...Object.values(indicatorCounts)].every((value) => value === 0);
  return summary;
}
