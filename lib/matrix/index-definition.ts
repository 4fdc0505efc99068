import type { AreaDefinition, FrameworkDefinition, IndicatorDefinition } from "@/lib/frameworks/schemas";

export type IndexedArea = {
  definition: AreaDefinition;
  parentCode: string | null;
  /** 0-based place among the siblings under the same parent. */
  position: number;
  siblingCount: number;
  /** "PD_1 Migrant rights › PD_1.2 Health": where the area sits, for people. */
  path: string;
};

export type IndexedIndicator = {
  definition: IndicatorDefinition;
  areaCode: string;
  /** 0-based place among the indicators of its area. */
  position: number;
  /** Place in the whole matrix, areas walked depth first: the order people read it in. */
  order: number;
};

/** A definition laid out in maps, so that comparing two versions never scans a list twice. */
export type DefinitionIndex = {
  areas: Map<string, IndexedArea>;
  indicators: Map<string, IndexedIndicator>;
  /** Area codes depth first, as the matrix is read. */
  areaOrder: string[];
  /** Child area codes by parent code ("" for the top level). */
  childAreas: Map<string, string[]>;
  /** Indicator codes by area code, in their order. */
  areaIndicators: Map<string, string[]>;
};

export const areaLabel = (area: { code: string; name: string }) => `${area.code} ${area.name}`;

/**
 * One pass over a definition. Codes are assumed unique (the definition schema refuses
 * duplicates); should a duplicate slip through, the first occurrence wins.
 */
export function indexDefinition(definition: FrameworkDefinition): DefinitionIndex {
  const index: DefinitionIndex = {
    areas: new Map(),
    indicators: new Map(),
    areaOrder: [],
    childAreas: new Map(),
    areaIndicators: new Map(),
  };
  let order = 0;
  const walk = (areas: readonly AreaDefinition[], parent: IndexedArea | null) => {
    const siblings: string[] = [];
    index.childAreas.set(parent?.definition.code ?? "", siblings);
    areas.forEach((area, position) => {
      if (index.areas.has(area.code)) return;
      const indexed: IndexedArea = {
        definition: area,
        parentCode: parent?.definition.code ?? null,
        position,
        siblingCount: areas.length,
        path: parent ? `${parent.path} › ${areaLabel(area)}` : areaLabel(area),
      };
      index.areas.set(area.code, indexed);
      index.areaOrder.push(area.code);
      siblings.push(area.code);
      const codes: string[] = [];
      index.areaIndicators.set(area.code, codes);
      (area.indicators ?? []).forEach((indicator, indicatorPosition) => {
        if (index.indicators.has(indicator.code)) return;
        index.indicators.set(indicator.code, { definition: indicator, areaCode: area.code, position: indicatorPosition, order: order++ });
        codes.push(indicator.code);
      });
      walk(area.areas ?? [], indexed);
    });
  };
  walk(definition.areas, null);
  return index;
}
