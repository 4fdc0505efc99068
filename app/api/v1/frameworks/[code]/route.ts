import { apiJson, withApiErrors } from "@/lib/api/api-response";
import { getFrameworkStructure } from "@/lib/frameworks/get-framework-structure";
import { toFrameworkDto } from "@/lib/frameworks/to-framework-dto";
import { requireCurrentWorkspace } from "@/lib/workspaces/get-current-workspace";

export const GET = withApiErrors(async (_request: Request, context: RouteContext<"/api/v1/frameworks/[code]">) => {
  const { code } = await context.params;
  const workspace = await requireCurrentWorkspace();
  return apiJson(toFrameworkDto(await getFrameworkStructure(workspace.id, code)));
});
