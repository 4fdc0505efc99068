import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { AppError } from "@/lib/errors";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { libText } from "@/lib/i18n/lib-text";

/** A version of a framework of the workspace by the framework's code and the version's number. */
export async function findVersion(access: AccessContext, frameworkCode: string, versionNumber: number) {
  const version = await inWorkspace(access.workspace.id).frameworkVersion.findFirst({
    where: { number: versionNumber, framework: { code: frameworkCode } },
    select: {
      id: true,
      number: true,
      label: true,
      status: true,
      basedOnId: true,
      codeMapping: true,
      framework: { select: { id: true, code: true, name: true } },
    },
  });
  if (!version)
    throw new AppError(
      "NOT_FOUND",
      libText("importProblems.editorNoSuchVersion", { framework: frameworkCode, version: String(versionNumber) }),
    );
  return version;
}
