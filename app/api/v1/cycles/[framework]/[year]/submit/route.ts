import { apiJson } from "@/lib/api/api-response";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { apiRoute } from "@/lib/api/api-route";
import { cyclePathSchema } from "@/lib/api/schemas";
import { submitCycleValues } from "@/lib/monitoring/submit-cycle-values";

export const POST = apiRoute<{ framework: string; year: string }>(async ({ access, params }) => {
  const { framework, year } = parseOrThrow(cyclePathSchema, params, "The address is not valid");
  return apiJson(await submitCycleValues(access, { frameworkCode: framework, year }));
});
