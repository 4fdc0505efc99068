import { apiJson } from "@/lib/api/api-response";
import { apiRoute } from "@/lib/api/api-route";
import { getFrameworkStructure } from "@/lib/frameworks/get-framework-structure";
import { toFrameworkDto } from "@/lib/frameworks/to-framework-dto";
import { requireNoQuery } from "@/lib/api/schemas";

export const GET = apiRoute<{ code: string }>(async ({ request, access, params }) => {
  requireNoQuery(request);
  return apiJson(toFrameworkDto(await getFrameworkStructure(access, params.code)));
});
