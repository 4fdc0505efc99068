import { apiJson } from "@/lib/api/api-response";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { apiRoute } from "@/lib/api/api-route";
import { cyclePathSchema, requireNoQuery } from "@/lib/api/schemas";
import { submitCycleValues } from "@/lib/monitoring/submit-cycle-values";

export const POST = apiRoute<{ framework: string; year: string }>(async ({ request, access, params }) => {
  requireNoQuery(request);
  const { framework, year } = parseOrThrow(cyclePathSchema, params, "The address is not valid");
  return apiJson(await submitCycleValues(access, { frameworkCode: framework, year }));
});
