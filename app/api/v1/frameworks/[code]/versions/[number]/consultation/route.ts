import { apiJson } from "@/lib/api/api-response";
import { apiRoute } from "@/lib/api/api-route";
import { getVersionLifecycle } from "@/lib/frameworks/versions/get-version-lifecycle";
import { requireNoQuery } from "@/lib/api/schemas";

/** A version's consultation: invitees, comments with their resolution, positions, quorum and decision. */
export const GET = apiRoute<{ code: string; number: string }>(async ({ request, access, params }) => {
  requireNoQuery(request);
  return apiJson(await getVersionLifecycle(access, { frameworkCode: params.code, versionNumber: params.number }));
});
