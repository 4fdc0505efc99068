import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { AppError } from "@/lib/errors";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { libText } from "@/lib/i18n/lib-text";

/** The id of an indicator's definition in one version of a framework of the workspace, by codes (for the API). */
export async function findVersionIndicatorId(
  access: AccessContext,
  address: { frameworkCode: string; versionNumber: number; indicatorCode: string },
): Promise<string> {
  const indicator = await inWorkspace(access.workspace.id).indicator.findFirst({
    where: {
      code: address.indicatorCode,
      version: { number: address.versionNumber, framework: { code: address.frameworkCode } },
    },
    select: { id: true },
  });
  if (!indicator)
    throw new AppError(
      "NOT_FOUND",
      libText("importProblems.editorNoIndicatorInVersion", {
        indicator: address.indicatorCode,
        version: String(address.versionNumber),
        framework: address.frameworkCode,
      }),
    );
  return indicator.id;
}
