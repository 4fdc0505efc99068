import { apiJson, searchParamsOf } from "@/lib/api/api-response";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { apiRoute } from "@/lib/api/api-route";
import { yearRangeQuerySchema } from "@/lib/api/schemas";
import { requireFramework } from "@/lib/frameworks/require-framework";
import { disaggregationForApi } from "@/lib/indicators/disaggregation";
import { listFrameworkValues, storedValueOf } from "@/lib/monitoring/list-framework-values";

export const GET = apiRoute<{ code: string }>(async ({ request, access, params }) => {
  const range = parseOrThrow(yearRangeQuerySchema, searchParamsOf(request), "The query is not valid");
  const framework = await requireFramework(access, params.code);
  const rows = await listFrameworkValues(access, framework.id, range);
  return apiJson(
    rows.map((row) => ({
      indicator: row.indicatorCode,
      year: row.year,
      disaggregation: disaggregationForApi(row.disaggregation),
      value: storedValueOf(row),
      status: row.status,
    })),
  );
});
