import { apiJson } from "@/lib/api/api-response";
import { apiRoute } from "@/lib/api/api-route";
import { getJob } from "@/lib/jobs/get-job";
import { requireNoQuery } from "@/lib/api/schemas";

/** A job the caller started: status, progress (0-100), stage, error, result and, for exports, fileUrl. */
export const GET = apiRoute<{ id: string }>(async ({ request, access, params }) => {
  requireNoQuery(request);
  return apiJson(await getJob(access, params.id));
});
