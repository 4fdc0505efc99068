import { apiJson } from "@/lib/api/api-response";
import { apiRoute } from "@/lib/api/api-route";
import { listFrameworkVersions } from "@/lib/matrix/list-framework-versions";

export const GET = apiRoute<{ code: string }>(async ({ access, params }) => apiJson(await listFrameworkVersions(access, params.code)));
