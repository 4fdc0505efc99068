import { apiJson } from "@/lib/api/api-response";
import { apiRoute } from "@/lib/api/api-route";
import { getJob } from "@/lib/jobs/get-job";

/** A job the caller started: status, progress (0-100), stage, error, result and, for exports, fileUrl. */
export const GET = apiRoute<{ id: string }>(async ({ access, params }) => apiJson(await getJob(access, params.id)));
