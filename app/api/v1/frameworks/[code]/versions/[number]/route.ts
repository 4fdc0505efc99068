import { apiJson, searchParamsOf } from "@/lib/api/api-response";
import { apiRoute } from "@/lib/api/api-route";
import { noQuerySchema, versionNumberParam } from "@/lib/api/schemas";
import { getVersionDefinition } from "@/lib/matrix/get-version-definition";
import { parseOrThrow } from "@/lib/validation/parse-input";

/** One version of the matrix as its portable definition (the format of lib/frameworks/schemas.ts). */
export const GET = apiRoute<{ code: string; number: string }>(async ({ request, access, params }) => {
  parseOrThrow(noQuerySchema, searchParamsOf(request), "This request takes no query parameters");
  const number = parseOrThrow(versionNumberParam, params.number, "The address names no version number");
  return apiJson(await getVersionDefinition(access, params.code, number));
});
