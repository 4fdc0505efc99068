import { apiJson, searchParamsOf } from "@/lib/api/api-response";
import { apiRoute } from "@/lib/api/api-route";
import { noQuerySchema, versionNumberParam } from "@/lib/api/schemas";
import { getVersionDefinition } from "@/lib/matrix/get-version-definition";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { libText } from "@/lib/i18n/lib-text";

/** One version of the matrix as its portable definition (the format of lib/frameworks/schemas.ts). */
export const GET = apiRoute<{ code: string; number: string }>(async ({ request, access, params }) => {
  parseOrThrow(noQuerySchema, searchParamsOf(request), libText("errors.noQueryParameters"));
  const number = parseOrThrow(versionNumberParam, params.number, libText("errors.addressNoVersionNumber"));
  return apiJson(await getVersionDefinition(access, params.code, number));
});
