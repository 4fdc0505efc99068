/** The area a page shows: the one asked for by its code, else the first. Null when there is none. */
export function chooseArea<A extends { code: string }>(areas: readonly A[], requested: string | null): A | null {
  return areas.find((area) => area.code === requested) ?? areas[0] ?? null;
}
