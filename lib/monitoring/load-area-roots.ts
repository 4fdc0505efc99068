import "server-only";
import { db, type Tx } from "@/lib/db";

/** Each area of a version mapped to its top-level area (thematic area / domain). One query. */
export async function loadAreaRoots(versionId: string, client: Tx = db) {
  const areas = await client.area.findMany({
    where: { versionId },
    orderBy: { position: "asc" },
    select: { id: true, parentId: true, code: true, name: true, nameTranslations: true },
  });
  const byId = new Map(areas.map((area) => [area.id, area]));
  const rootOf = (id: string) => {
    let area = byId.get(id);
    while (area?.parentId) area = byId.get(area.parentId);
    return area ?? null;
  };
  const roots = areas.filter((area) => area.parentId === null);
  return { roots, rootOf };
}
