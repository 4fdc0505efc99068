import type { StructureArea } from "@/lib/frameworks/get-framework-structure";
import { topLevelAreaOf } from "@/lib/frameworks/top-level-area-of";
import { chooseArea } from "./choose-area";
import { matchesSearch } from "./matches-search";
import { SEARCH_RESULT_LIMIT, type AreaViewQuery } from "./parse-area-view-query";

export type ShownAreas = {
  topLevelAreas: StructureArea[];
  /** The top-level area shown; null for a search, or for every area. */
  current: StructureArea | null;
  /** How many indicators match the search (more than are shown past SEARCH_RESULT_LIMIT). */
  found: number;
  /** The areas shown, with only the indicators shown. */
  shown: StructureArea[];
  /** Indicators under each top-level area, sub-areas included, by area id. */
  countOf: Map<string, number>;
};

/**
 * What a page of a large framework shows (decision 028): one top-level area with its
 * sub-areas, or at most SEARCH_RESULT_LIMIT indicators matching a search; `"all"` shows every area.
 * Loaders read values for these indicators only (decision 039).
 */
export function pickShownAreas(areas: StructureArea[], view: AreaViewQuery | "all"): ShownAreas {
  const topLevelAreas = areas.filter((area) => area.depth === 0);
  const rootOf = topLevelAreaOf(areas);
  const countOf = new Map<string, number>();
  for (const area of areas) countOf.set(rootOf(area.id).id, (countOf.get(rootOf(area.id).id) ?? 0) + area.indicators.length);
  if (view === "all") return { topLevelAreas, current: null, found: 0, shown: areas, countOf };
  if (view.search) {
    const search = view.search;
    const matches = areas.flatMap((area) => area.indicators.filter((indicator) => matchesSearch(indicator, search)));
    const shownIds = new Set(matches.slice(0, SEARCH_RESULT_LIMIT).map((indicator) => indicator.id));
    const shown = areas
      .map((area) => ({ ...area, indicators: area.indicators.filter((indicator) => shownIds.has(indicator.id)) }))
      .filter((area) => area.indicators.length > 0);
    return { topLevelAreas, current: null, found: matches.length, shown, countOf };
  }
  const current = chooseArea(topLevelAreas, view.area);
  return { topLevelAreas, current, found: 0, shown: areas.filter((area) => rootOf(area.id).id === current?.id), countOf };
}
