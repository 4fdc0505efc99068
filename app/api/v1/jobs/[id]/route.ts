import { apiJson, requestTranslator } from "@/lib/api/api-response";
import { apiRoute } from "@/lib/api/api-route";
import { getJob } from "@/lib/jobs/get-job";
import { requireNoQuery } from "@/lib/api/schemas";

/**
 * A job the caller started: status, progress (0-100), stage, error, result and, for exports,
 * fileUrl. Stage and error are in the language Accept-Language asks for (the job progress of
 * pages sends the page's language).
 */
export const GET = apiRoute<{ id: string }>(async ({ request, access, params }) => {
  requireNoQuery(request);
  return apiJson(await getJob(access, params.id, await requestTranslator(request)));
});
