import { apiJson } from "@/lib/api/api-response";
import { apiRoute } from "@/lib/api/api-route";
import { readJsonBody, requireNoQuery } from "@/lib/api/schemas";
import { createIndicator } from "@/lib/frameworks/editor/create-indicator";

/** Adds an indicator to a draft: `{ areaId, position?, indicator }`, the indicator in the matrix definition format. */
export const POST = apiRoute<{ code: string; number: string }>(async ({ request, access }) => {
  requireNoQuery(request);
  return apiJson(await createIndicator(access, await readJsonBody(request)), { status: 201 });
});
