import { apiJson, searchParamsOf } from "@/lib/api/api-response";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { apiRoute } from "@/lib/api/api-route";
import { valuesPageQuerySchema } from "@/lib/api/schemas";
import { requireFramework } from "@/lib/frameworks/require-framework";
import { disaggregationForApi } from "@/lib/indicators/disaggregation";
import { listFrameworkValues, storedValueOf } from "@/lib/monitoring/list-framework-values";
import { valueCursor } from "@/lib/monitoring/value-cursor";
import { libText } from "@/lib/i18n/lib-text";

/**
 * A page of a framework's values (`limit`, default 1,000, at most 5,000). The body stays the
 * array it always was; when more values follow, the next page's address is in the `Link`
 * header (rel="next") and its opaque cursor in `X-Next-Cursor`.
 */
export const GET = apiRoute<{ code: string }>(async ({ request, access, params }) => {
  const query = parseOrThrow(valuesPageQuerySchema, searchParamsOf(request), libText("errors.queryNotValid"));
  const after = query.cursor === undefined ? null : valueCursor.decode(query.cursor);
  const framework = await requireFramework(access, params.code);
  // One row more than the page tells whether another page follows.
  const rows = await listFrameworkValues(access, framework.id, { from: query.from, to: query.to, page: { after, limit: query.limit + 1 } });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const response = apiJson(
    page.map((row) => ({
      indicator: row.indicatorCode,
      year: row.year,
      disaggregation: disaggregationForApi(row.disaggregation),
      value: storedValueOf(row),
      status: row.status,
    })),
  );
  if (rows.length > query.limit && last) {
    const cursor = valueCursor.encode(last);
    const next = new URL(request.url);
    next.searchParams.set("cursor", cursor);
    next.searchParams.set("limit", String(query.limit));
    response.headers.set("X-Next-Cursor", cursor);
    response.headers.set("Link", `<${next.pathname}${next.search}>; rel="next"`);
  }
  return response;
});
