import { apiJson, requestTranslator, searchParamsOf } from "@/lib/api/api-response";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { apiRoute } from "@/lib/api/api-route";
import { provisionalParam } from "@/lib/api/schemas";
import { getIndicatorProgress } from "@/lib/progress/get-indicator-progress";
import { z } from "zod";
import { libText } from "@/lib/i18n/lib-text";

/** The progress status of an indicator for each year, with every input of the calculation; `reason` in the language Accept-Language asks for. */
export const GET = apiRoute<{ code: string; indicator: string }>(async ({ request, access, params }) => {
  const query = parseOrThrow(z.strictObject({ provisional: provisionalParam }), searchParamsOf(request), libText("errors.queryNotValid"));
  const result = await getIndicatorProgress(access, params.code, params.indicator, { includeProvisional: query.provisional });
  const translator = await requestTranslator(request);
  return apiJson({
    framework: result.detail.framework.code,
    indicator: result.detail.indicator.code,
    baseYear: result.detail.framework.baseYear,
    includeProvisional: result.includeProvisional,
    years: result.years.map(({ year, progress }) => ({
      year,
      status: progress.status,
      method: progress.method,
      inputs: progress.inputs,
      observedGrowth: progress.observedGrowth,
      requiredGrowth: progress.requiredGrowth,
      progressValue: progress.progressValue !== null && Number.isFinite(progress.progressValue) ? progress.progressValue : null,
      thresholds: progress.thresholds,
      limitCoefficient: progress.coefficient,
      reason: progress.reason ? translator.text(progress.reason) : null,
    })),
  });
});
