import { apiJson, parseOrThrow, searchParamsOf, withApiErrors } from "@/lib/api/api-response";
import { yearRangeQuerySchema } from "@/lib/api/schemas";
import { requireFramework } from "@/lib/frameworks/require-framework";
import { disaggregationForApi } from "@/lib/indicators/disaggregation";
import { listFrameworkValues, storedValueOf } from "@/lib/monitoring/list-framework-values";
import { requireCurrentWorkspace } from "@/lib/workspaces/get-current-workspace";

export const GET = withApiErrors(async (request: Request, context: RouteContext<"/api/v1/frameworks/[code]/values">) => {
  const { code } = await context.params;
  const range = parseOrThrow(yearRangeQuerySchema, searchParamsOf(request), "The query is not valid");
  const workspace = await requireCurrentWorkspace();
  const framework = await requireFramework(workspace.id, code);
  const rows = await listFrameworkValues(framework.id, range);
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
