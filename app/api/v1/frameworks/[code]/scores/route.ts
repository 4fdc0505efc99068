import { apiJson, parseOrThrow, searchParamsOf } from "@/lib/api/api-response";
import { apiRoute } from "@/lib/api/api-route";
import { scoresQuerySchema } from "@/lib/api/schemas";
import { getFrameworkProgress } from "@/lib/progress/get-framework-progress";

/** [{ area, year, score, category, indicatorsCounted, provisional }]; area "_T" is the whole framework. */
export const GET = apiRoute<{ code: string }>(async ({ request, access, params }) => {
  const query = parseOrThrow(scoresQuerySchema, searchParamsOf(request), "The query is not valid");
  const progress = await getFrameworkProgress(access, params.code, {
    from: query.from,
    to: query.to,
    includeProvisional: query.provisional,
  });
  return apiJson(
    progress.scores.map((score) => ({
      area: score.areaCode,
      parent: score.parentCode,
      year: score.year,
      score: score.score,
      category: score.category,
      indicatorsCounted: score.indicatorsCounted,
      indicatorsTotal: score.indicatorsTotal,
      provisional: score.provisional,
    })),
  );
});
