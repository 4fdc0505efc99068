/**
 * For a framework's areas, a function from an area's id to the top-level area it sits in
 * (itself when it is one): what pages and reports group indicators by.
 */
export function topLevelAreaOf<A extends { id: string; parentId: string | null }>(areas: readonly A[]): (areaId: string) => A {
  const byId = new Map(areas.map((area) => [area.id, area]));
  return (areaId) => {
    let area = byId.get(areaId)!;
    while (area.parentId) area = byId.get(area.parentId)!;
    return area;
  };
}
