import { apiJson } from "@/lib/api/api-response";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { apiRoute } from "@/lib/api/api-route";
import { cyclePathSchema, requireNoQuery } from "@/lib/api/schemas";
import { getCycleCompleteness } from "@/lib/monitoring/get-cycle-completeness";
import { libText } from "@/lib/i18n/lib-text";

export const GET = apiRoute<{ framework: string; year: string }>(async ({ request, access, params }) => {
  requireNoQuery(request);
  const { framework, year } = parseOrThrow(cyclePathSchema, params, libText("errors.addressNotValid"));
  const completeness = await getCycleCompleteness(access, { frameworkCode: framework, year });
  const { cycle } = completeness;
  return apiJson({
    framework: cycle.framework.code,
    year: cycle.year,
    status: cycle.status,
    submissionDeadline: cycle.submissionDeadline.toISOString().slice(0, 10),
    consolidationDeadline: cycle.consolidationDeadline.toISOString().slice(0, 10),
    isPastSubmissionDeadline: completeness.isPastSubmissionDeadline,
    scope: completeness.scope,
    totals: completeness.totals,
    institutions: completeness.institutions,
    areas: completeness.areas,
  });
});
