import { apiRoute } from "@/lib/api/api-route";
import { fileResponse } from "@/lib/api/file-response";
import { requireNoQuery } from "@/lib/api/schemas";
import { readEvidenceFile } from "@/lib/evidence/read-evidence-file";

/**
 * An evidence file, always as an attachment and never sniffed: a browser must not run an
 * uploaded file as a page of ours, whatever it holds (decision 034).
 */
export const GET = apiRoute<{ id: string }>(async ({ request, access, params }) => {
  requireNoQuery(request);
  const response = fileResponse(await readEvidenceFile(access, params.id));
  response.headers.set("X-Content-Type-Options", "nosniff");
  return response;
});
