import { apiJson } from "@/lib/api/api-response";
import { apiRoute } from "@/lib/api/api-route";
import { getDraftEditor } from "@/lib/frameworks/editor/get-draft-editor";
import { requireNoQuery } from "@/lib/api/schemas";

/** A version as the editor sees it: areas and indicators with the ids that the editing requests name. */
export const GET = apiRoute<{ code: string; number: string }>(async ({ request, access, params }) => {
  requireNoQuery(request);
  return apiJson(await getDraftEditor(access, { frameworkCode: params.code, versionNumber: params.number }));
});
