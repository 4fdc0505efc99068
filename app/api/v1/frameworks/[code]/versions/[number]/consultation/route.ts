import { apiJson } from "@/lib/api/api-response";
import { apiRoute } from "@/lib/api/api-route";
import { getVersionLifecycle } from "@/lib/frameworks/versions/get-version-lifecycle";

/** A version's consultation: invitees, comments with their resolution, positions, quorum and decision. */
export const GET = apiRoute<{ code: string; number: string }>(async ({ access, params }) =>
  apiJson(await getVersionLifecycle(access, { frameworkCode: params.code, versionNumber: params.number })),
);
