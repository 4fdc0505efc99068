import "server-only";
import { db, type Tx } from "@/lib/db";

export type AreaRow = { id: string; parentId: string | null; code: string; name: string; nameTranslations: unknown };

/** A version's areas in position order. One query. */
export function loadAreaRows(versionId: string, client: Tx = db): Promise<AreaRow[]> {
  return client.area.findMany({
    where: { versionId },
    orderBy: { position: "asc" },
    select: { id: true, parentId: true, code: true, name: true, nameTranslations: true },
  });
}

/** Each area mapped to its top-level area (thematic area / domain), of areas read by loadAreaRows. */
export function areaRootsOf(areas: readonly AreaRow[]) {
  const byId = new Map(areas.map((area) => [area.id, area]));
  const rootOf = (id: string) => {
    let area = byId.get(id);
    while (area?.parentId) area = byId.get(area.parentId);
    return area ?? null;
  };
  const roots = areas.filter((area) => area.parentId === null);
  return { roots, rootOf };
}
