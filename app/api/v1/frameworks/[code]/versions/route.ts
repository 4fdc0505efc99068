import { apiJson } from "@/lib/api/api-response";
import { apiRoute } from "@/lib/api/api-route";
import { asObject, readJsonBody, requireNoQuery } from "@/lib/api/schemas";
import { createDraftVersion } from "@/lib/frameworks/editor/create-draft-version";
import { listFrameworkVersions } from "@/lib/matrix/list-framework-versions";

export const GET = apiRoute<{ code: string }>(async ({ request, access, params }) => {
  requireNoQuery(request);
  return apiJson(await listFrameworkVersions(access, params.code));
});

/** Starts the next draft from the version in force: `{ label }`. */
export const POST = apiRoute<{ code: string }>(async ({ request, access, params }) => {
  requireNoQuery(request);
  const body = await readJsonBody(request);
  // The body's fields go through the operation's strict schema: an unknown field is refused by name.
  return apiJson(await createDraftVersion(access, { ...asObject(body), frameworkCode: params.code }), { status: 201 });
});
