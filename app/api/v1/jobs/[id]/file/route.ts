import { apiRoute } from "@/lib/api/api-route";
import { fileResponse } from "@/lib/api/file-response";
import { readJobFile } from "@/lib/jobs/read-job-file";

/** The file a finished export job wrote, as a download. */
export const GET = apiRoute<{ id: string }>(async ({ access, params }) => fileResponse(await readJobFile(access, params.id)));
