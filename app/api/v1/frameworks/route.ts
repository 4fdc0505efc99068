import { apiJson } from "@/lib/api/api-response";
import { apiRoute } from "@/lib/api/api-route";
import { listFrameworks } from "@/lib/frameworks/list-frameworks";
import { requireNoQuery } from "@/lib/api/schemas";

export const GET = apiRoute(async ({ request, access }) => {
  requireNoQuery(request);
  const frameworks = await listFrameworks(access);
  return apiJson(
    frameworks.map(({ code, name, version, status, areaCount, indicatorCount }) => ({
      code,
      name,
      version,
      status,
      areaCount,
      indicatorCount,
    })),
  );
});
