import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { AppError } from "@/lib/errors";
import type { FrameworkVersionStatus } from "@/lib/generated/prisma/enums";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { libText } from "@/lib/i18n/lib-text";

export type FrameworkVersionRef = { id: string; number: number; label: string; status: FrameworkVersionStatus; codeMapping: unknown };

/** A version of a framework of the person's workspace, by the framework's code and the version's number, or NOT_FOUND. */
export async function requireFrameworkVersion(
  access: AccessContext,
  frameworkCode: string,
  versionNumber: number,
): Promise<FrameworkVersionRef> {
  const version = await inWorkspace(access.workspace.id).frameworkVersion.findFirst({
    where: { number: versionNumber, framework: { code: frameworkCode } },
    select: { id: true, number: true, label: true, status: true, codeMapping: true },
  });
  if (!version)
    throw new AppError("NOT_FOUND", libText("errors.noSuchVersion", { number: String(versionNumber), framework: frameworkCode }));
  return version;
}
