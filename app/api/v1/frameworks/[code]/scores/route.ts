import { apiJson, searchParamsOf } from "@/lib/api/api-response";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { apiRoute } from "@/lib/api/api-route";
import { scoresQuerySchema } from "@/lib/api/schemas";
import { getFrameworkProgress } from "@/lib/progress/get-framework-progress";
import { toScoreDto } from "@/lib/progress/to-score-dto";
import { libText } from "@/lib/i18n/lib-text";

/** [{ area, parent, year, score, category, indicatorsCounted, indicatorsTotal, provisional }]; area "_T" is the whole framework. */
export const GET = apiRoute<{ code: string }>(async ({ request, access, params }) => {
  const query = parseOrThrow(scoresQuerySchema, searchParamsOf(request), libText("errors.queryNotValid"));
  const progress = await getFrameworkProgress(access, params.code, {
    from: query.from,
    to: query.to,
    includeProvisional: query.provisional,
  });
  return apiJson(progress.scores.map(toScoreDto));
});
