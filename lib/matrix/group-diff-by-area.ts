import type { DefinitionDiff, IndicatorChange, IndicatorMerge, IndicatorRef, IndicatorRetirement, IndicatorSplit } from "./definition-diff";

/** The indicator changes of one area, for a page or a report that reads area by area. */
export type AreaDiffGroup = {
  areaCode: string;
  areaName: string;
  added: IndicatorRef[];
  removed: IndicatorRef[];
  changed: IndicatorChange[];
  split: IndicatorSplit[];
  merged: IndicatorMerge[];
  retired: IndicatorRetirement[];
};

/**
 * Groups the indicator changes by area, in the diff's reading order (the new version's areas,
 * then removed ones), leaving out areas without an indicator change. What leaves the matrix
 * (removed, retired, split) sits in its old area; what is in the new version, in its new one.
 */
export function groupDiffByArea(diff: DefinitionDiff): AreaDiffGroup[] {
  const groups = new Map<string, AreaDiffGroup>(
    diff.areaOrder.map((areaCode) => [
      areaCode,
      { areaCode, areaName: "", added: [], removed: [], changed: [], split: [], merged: [], retired: [] },
    ]),
  );
  // The new version's name wins when an area was renamed: it is placed first.
  const groupOf = (ref: IndicatorRef) => {
    const group = groups.get(ref.areaCode)!;
    if (group.areaName === "") group.areaName = ref.areaName;
    return group;
  };
  const { indicators } = diff;
  for (const item of indicators.changed) groupOf(item).changed.push(item);
  for (const item of indicators.added) groupOf(item).added.push(item);
  for (const item of indicators.merged) groupOf(item.to).merged.push(item);
  for (const item of indicators.removed) groupOf(item).removed.push(item);
  for (const item of indicators.retired) groupOf(item).retired.push(item);
  for (const item of indicators.split) groupOf(item.from).split.push(item);
  return [...groups.values()].filter(
    (group) =>
      group.added.length + group.removed.length + group.changed.length + group.split.length + group.merged.length + group.retired.length >
      0,
  );
}
