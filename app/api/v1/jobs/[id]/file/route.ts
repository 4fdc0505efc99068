import { apiRoute } from "@/lib/api/api-route";
import { fileResponse } from "@/lib/api/file-response";
import { readJobFile } from "@/lib/jobs/read-job-file";
import { requireNoQuery } from "@/lib/api/schemas";

/** The file a finished export job wrote, as a download. */
export const GET = apiRoute<{ id: string }>(async ({ request, access, params }) => {
  requireNoQuery(request);
  return fileResponse(await readJobFile(access, params.id));
});
