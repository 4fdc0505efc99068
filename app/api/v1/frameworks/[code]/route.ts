import { apiJson } from "@/lib/api/api-response";
import { apiRoute } from "@/lib/api/api-route";
import { getFrameworkStructure } from "@/lib/frameworks/get-framework-structure";
import { toFrameworkDto } from "@/lib/frameworks/to-framework-dto";

export const GET = apiRoute<{ code: string }>(async ({ access, params }) =>
  apiJson(toFrameworkDto(await getFrameworkStructure(access, params.code))),
);
