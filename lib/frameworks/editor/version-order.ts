import "server-only";
import type { Tx } from "@/lib/db";

/**
 * The order of a version's areas and indicators, loaded once, changed in memory, saved by
 * writing only the rows whose place changed. Areas are numbered among their siblings;
 * indicators in the depth-first order of the matrix (an area's indicators, then its
 * sub-areas), as writeVersionContent numbers them, so every reader that sorts by position
 * keeps seeing the matrix in its order.
 */
/**
 * The position a new area or indicator gets until placeArea/placeIndicator numbers it: after
 * every other. The largest Int both databases store (PostgreSQL's integer has 32 bits).
 */
export const UNPLACED_POSITION = 2_147_483_647;

export type VersionOrder = {
  versionId: string;
  areaChildren: Map<string | null, string[]>;
  areaIndicators: Map<string, string[]>;
  before: {
    areas: Map<string, { parentId: string | null; position: number }>;
    indicators: Map<string, { areaId: string; position: number }>;
  };
};

export async function loadVersionOrder(tx: Tx, versionId: string): Promise<VersionOrder> {
  const [areas, indicators] = await Promise.all([
    tx.area.findMany({
      where: { versionId },
      orderBy: [{ position: "asc" }, { code: "asc" }],
      select: { id: true, parentId: true, position: true },
    }),
    tx.indicator.findMany({
      where: { versionId },
      orderBy: [{ position: "asc" }, { code: "asc" }],
      select: { id: true, areaId: true, position: true },
    }),
  ]);
  const areaChildren = new Map<string | null, string[]>();
  for (const area of areas) listOf(areaChildren, area.parentId).push(area.id);
  const areaIndicators = new Map<string, string[]>();
  for (const indicator of indicators) listOf(areaIndicators, indicator.areaId).push(indicator.id);
  return {
    versionId,
    areaChildren,
    areaIndicators,
    before: {
      areas: new Map(areas.map((area) => [area.id, { parentId: area.parentId, position: area.position }])),
      indicators: new Map(indicators.map((indicator) => [indicator.id, { areaId: indicator.areaId, position: indicator.position }])),
    },
  };
}

function listOf<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

function insertAt(list: string[], id: string, position: number | undefined) {
  list.splice(position === undefined ? list.length : Math.min(Math.max(position, 0), list.length), 0, id);
}

/** Puts an area under a parent (null: top level) at a position among its siblings (absent: last). */
export function placeArea(order: VersionOrder, areaId: string, parentId: string | null, position?: number): void {
  for (const list of order.areaChildren.values()) {
    const index = list.indexOf(areaId);
    if (index >= 0) list.splice(index, 1);
  }
  insertAt(listOf(order.areaChildren, parentId), areaId, position);
}

/** Puts an indicator in an area at a position among the area's indicators (absent: last). */
export function placeIndicator(order: VersionOrder, indicatorId: string, areaId: string, position?: number): void {
  for (const list of order.areaIndicators.values()) {
    const index = list.indexOf(indicatorId);
    if (index >= 0) list.splice(index, 1);
  }
  insertAt(listOf(order.areaIndicators, areaId), indicatorId, position);
}

/** The area and every area below it. */
export function areaWithDescendants(order: VersionOrder, areaId: string): Set<string> {
  const found = new Set<string>([areaId]);
  const walk = (id: string) => {
    for (const child of order.areaChildren.get(id) ?? []) {
      found.add(child);
      walk(child);
    }
  };
  walk(areaId);
  return found;
}

export async function saveVersionOrder(tx: Tx, order: VersionOrder): Promise<void> {
  const areaUpdates: { id: string; parentId: string | null; position: number }[] = [];
  const indicatorUpdates: { id: string; areaId: string; position: number }[] = [];
  let indicatorPosition = 0;
  const walk = (parentId: string | null) => {
    (order.areaChildren.get(parentId) ?? []).forEach((areaId, position) => {
      const was = order.before.areas.get(areaId);
      if (!was || was.parentId !== parentId || was.position !== position) areaUpdates.push({ id: areaId, parentId, position });
      for (const indicatorId of order.areaIndicators.get(areaId) ?? []) {
        const place = indicatorPosition++;
        const before = order.before.indicators.get(indicatorId);
        if (!before || before.areaId !== areaId || before.position !== place)
          indicatorUpdates.push({ id: indicatorId, areaId, position: place });
      }
      walk(areaId);
    });
  };
  walk(null);
  // Row by row, only what moved: a move within an area touches the rows between its two places.
  for (const update of areaUpdates) {
    await tx.area.update({ where: { id: update.id }, data: { parentId: update.parentId, position: update.position } });
  }
  for (const update of indicatorUpdates) {
    await tx.indicator.update({ where: { id: update.id }, data: { areaId: update.areaId, position: update.position } });
  }
}
