import { z } from "zod";

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const reviewViewQuerySchema = z.object({
  institution: z.preprocess(single, z.string().trim().max(40).optional().catch(undefined)),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(100_000).catch(1).default(1)),
});

/**
 * The review page's URL search parameters: the institution whose values are shown
 * (`?institution=MLSP`) and the page of its list (`&page=2`). Malformed ones are ignored.
 */
export function parseReviewViewQuery(searchParams: Record<string, string | string[] | undefined>): {
  institution: string | null;
  page: number;
} {
  const parsed = reviewViewQuerySchema.parse(searchParams);
  return { institution: parsed.institution || null, page: parsed.page };
}
