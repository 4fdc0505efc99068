import { apiJson, searchParamsOf } from "@/lib/api/api-response";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { dryRunQuerySchema } from "@/lib/validation/input-schemas";
import { apiRoute } from "@/lib/api/api-route";
import { cyclePathSchema, readJsonBody } from "@/lib/api/schemas";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { saveValuesBodySchema } from "@/lib/monitoring/schemas";
import { libText } from "@/lib/i18n/lib-text";

/** Bulk upsert of the caller's institution's values; all-or-nothing; ?dryRun=true only validates. */
export const PUT = apiRoute<{ framework: string; year: string }>(async ({ request, access, params }) => {
  const { framework, year } = parseOrThrow(cyclePathSchema, params, libText("errors.addressNotValid"));
  const { dryRun } = parseOrThrow(dryRunQuerySchema, searchParamsOf(request), libText("errors.queryNotValid"));
  const rows = parseOrThrow(saveValuesBodySchema, await readJsonBody(request), libText("errors.bodyNotValid"));
  return apiJson(await saveCycleValues(access, { frameworkCode: framework, year }, rows, { dryRun, source: "api" }));
});
