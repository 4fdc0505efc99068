import { apiJson, withApiErrors } from "@/lib/api/api-response";
import { listFrameworks } from "@/lib/frameworks/list-frameworks";
import { getCurrentWorkspace } from "@/lib/workspaces/get-current-workspace";

export const GET = withApiErrors(async () => {
  const workspace = await getCurrentWorkspace();
  const frameworks = workspace ? await listFrameworks(workspace.id) : [];
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
