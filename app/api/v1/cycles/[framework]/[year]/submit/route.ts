import { apiJson } from "@/lib/api/api-response";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { apiRoute } from "@/lib/api/api-route";
import { cyclePathSchema, requireNoQuery } from "@/lib/api/schemas";
import { submitCycleValues } from "@/lib/monitoring/submit-cycle-values";
import { libText } from "@/lib/i18n/lib-text";

export const POST = apiRoute<{ framework: string; year: string }>(async ({ request, access, params }) => {
  requireNoQuery(request);
  const { framework, year } = parseOrThrow(cyclePathSchema, params, libText("errors.addressNotValid"));
  return apiJson(await submitCycleValues(access, { frameworkCode: framework, year }));
});
