import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { FrameworkVersionStatus } from "@/lib/generated/prisma/enums";

export type FrameworkVersionRef = { id: string; number: number; label: string; status: FrameworkVersionStatus; codeMapping: unknown };

/** A version of a framework of the person's workspace, by the framework's code and the version's number, or NOT_FOUND. */
export async function requireFrameworkVersion(
  access: AccessContext,
  frameworkCode: string,
  versionNumber: number,
): Promise<FrameworkVersionRef> {
  const version = await db.frameworkVersion.findFirst({
    where: { number: versionNumber, framework: { code: frameworkCode, workspaceId: access.workspace.id } },
    select: { id: true, number: true, label: true, status: true, codeMapping: true },
  });
  if (!version) throw new AppError("NOT_FOUND", `No version ${versionNumber} of framework ${frameworkCode}`);
  return version;
}
