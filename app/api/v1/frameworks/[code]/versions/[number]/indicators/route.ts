import { apiJson } from "@/lib/api/api-response";
import { apiRoute } from "@/lib/api/api-route";
import { readJsonBody } from "@/lib/api/schemas";
import { createIndicator } from "@/lib/frameworks/editor/create-indicator";

/** Adds an indicator to a draft: `{ areaId, position?, indicator }`, the indicator in the matrix definition format. */
export const POST = apiRoute<{ code: string; number: string }>(async ({ request, access }) =>
  apiJson(await createIndicator(access, await readJsonBody(request)), { status: 201 }),
);
