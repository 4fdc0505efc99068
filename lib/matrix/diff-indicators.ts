import { newCodesOf, oldCodesOf, type CodeMapping, type CodeMappingEntry } from "./code-mapping";
import { compareIndicatorFields } from "./compare-indicator-fields";
import type { DefinitionDiff, IndicatorRef } from "./definition-diff";
import { findReordered } from "./find-reordered";
import { areaLabel, type DefinitionIndex } from "./index-definition";

type Pair = { oldCode: string; newCode: string; entry: Extract<CodeMappingEntry, { kind: "renamed" }> | null };

function toIndicatorRef(index: DefinitionIndex, code: string): IndicatorRef {
  const indicator = index.indicators.get(code)!;
  const area = index.areas.get(indicator.areaCode)!;
  return { code, name: indicator.definition.name, areaCode: area.definition.code, areaName: area.definition.name };
}

/**
 * Pairs the old and new indicators (renamed through the mapping, else by the same code),
 * compares each pair field by field, and lists what the mapping splits, merges and retires.
 * Expects a mapping that passed `findCodeMappingProblems`. Linear in the number of indicators.
 */
export function diffIndicators(before: DefinitionIndex, after: DefinitionIndex, mapping: CodeMapping): DefinitionDiff["indicators"] {
  const mappedOld = new Set(mapping.flatMap(oldCodesOf));
  const mappedNew = new Set(mapping.flatMap(newCodesOf));
  const renamedTo = new Map(mapping.flatMap((entry) => (entry.kind === "renamed" ? [[entry.to, entry] as const] : [])));

  const result: DefinitionDiff["indicators"] = { added: [], removed: [], changed: [], split: [], merged: [], retired: [], unchanged: 0 };
  const pairs: Pair[] = [];
  const newCodeOf = new Map<string, string>();
  for (const code of after.indicators.keys()) {
    const renamed = renamedTo.get(code);
    if (renamed) pairs.push({ oldCode: renamed.from, newCode: code, entry: renamed });
    else if (mappedNew.has(code)) continue;
    else if (before.indicators.has(code) && !mappedOld.has(code)) pairs.push({ oldCode: code, newCode: code, entry: null });
    else result.added.push(toIndicatorRef(after, code));
  }
  for (const pair of pairs) newCodeOf.set(pair.oldCode, pair.newCode);
  for (const code of before.indicators.keys()) {
    if (!mappedOld.has(code) && !newCodeOf.has(code)) result.removed.push(toIndicatorRef(before, code));
  }

  // Within an area kept by both versions, the indicators that left their relative order.
  const reordered = new Set<string>();
  for (const [areaCode, codes] of after.areaIndicators) {
    const previous = before.areaIndicators.get(areaCode);
    if (!previous) continue;
    const previousAsNew = previous.flatMap((code) => {
      const newCode = newCodeOf.get(code);
      return newCode !== undefined ? [newCode] : [];
    });
    for (const code of findReordered(previousAsNew, codes)) reordered.add(code);
  }

  for (const pair of pairs) {
    const then = before.indicators.get(pair.oldCode)!;
    const now = after.indicators.get(pair.newCode)!;
    const changes = compareIndicatorFields(then.definition, now.definition);
    if (then.areaCode !== now.areaCode) {
      changes.push({
        field: "area",
        label: "Area",
        before: areaLabel(before.areas.get(then.areaCode)!.definition),
        after: areaLabel(after.areas.get(now.areaCode)!.definition),
      });
    } else if (reordered.has(pair.newCode)) {
      const count = (index: DefinitionIndex, areaCode: string) => index.areaIndicators.get(areaCode)!.length;
      changes.push({
        field: "position",
        label: "Position in area",
        before: `${then.position + 1} of ${count(before, then.areaCode)}`,
        after: `${now.position + 1} of ${count(after, now.areaCode)}`,
      });
    }
    if (changes.length === 0) {
      result.unchanged += 1;
      continue;
    }
    result.changed.push({
      ...toIndicatorRef(after, pair.newCode),
      previousCode: pair.entry ? pair.oldCode : null,
      note: pair.entry?.note ?? null,
      changes,
    });
  }

  const oldOrder = (code: string) => before.indicators.get(code)!.order;
  const newOrder = (code: string) => after.indicators.get(code)!.order;
  for (const entry of mapping) {
    const note = entry.note ?? null;
    if (entry.kind === "split")
      result.split.push({ from: toIndicatorRef(before, entry.from), to: entry.to.map((code) => toIndicatorRef(after, code)), note });
    if (entry.kind === "merged") {
      const from = [...entry.from].sort((a, b) => oldOrder(a) - oldOrder(b));
      result.merged.push({ from: from.map((code) => toIndicatorRef(before, code)), to: toIndicatorRef(after, entry.to), note });
    }
    if (entry.kind === "retired") result.retired.push({ ...toIndicatorRef(before, entry.from), note });
  }
  // Mapping entries come in any order; people read them in the matrix's order.
  result.split.sort((a, b) => oldOrder(a.from.code) - oldOrder(b.from.code));
  result.merged.sort((a, b) => newOrder(a.to.code) - newOrder(b.to.code));
  result.retired.sort((a, b) => oldOrder(a.code) - oldOrder(b.code));
  return result;
}
