import { apiJson } from "@/lib/api/api-response";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { apiRoute } from "@/lib/api/api-route";
import { cyclePathSchema, readJsonBody, requireNoQuery } from "@/lib/api/schemas";
import { reviewCycleValues } from "@/lib/monitoring/review-cycle-values";
import { libText } from "@/lib/i18n/lib-text";

/** { decisions: [{ indicator, disaggregation, decision: "approve" | "return", reason, version }] }, all-or-nothing. */
export const POST = apiRoute<{ framework: string; year: string }>(async ({ request, access, params }) => {
  requireNoQuery(request);
  const { framework, year } = parseOrThrow(cyclePathSchema, params, libText("errors.addressNotValid"));
  return apiJson(await reviewCycleValues(access, { frameworkCode: framework, year }, await readJsonBody(request)));
});
