import { z } from "zod";

/** How many indicators a search shows at most; a longer list asks for a narrower search. */
export const SEARCH_RESULT_LIMIT = 100;

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const areaViewQuerySchema = z.object({
  area: z.preprocess(single, z.string().trim().max(60).optional().catch(undefined)),
  q: z.preprocess(single, z.string().trim().max(120).optional().catch(undefined)),
});

export type AreaViewQuery = { area: string | null; search: string | null };

/**
 * The URL search parameters of pages that show a large framework one area at a time
 * (`?area=A2`) or the indicators matching a search (`?q=returnees`). Anything malformed is
 * ignored rather than refused: the page then shows its first area.
 */
export function parseAreaViewQuery(searchParams: Record<string, string | string[] | undefined>): AreaViewQuery {
  const parsed = areaViewQuerySchema.parse(searchParams);
  return { area: parsed.area || null, search: parsed.q || null };
}
