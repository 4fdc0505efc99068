import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** A framework of the workspace by its code, or NOT_FOUND. */
export async function requireFramework(access: AccessContext, code: string): Promise<{ id: string; code: string; name: string }> {
  const framework = await db.framework.findUnique({
    where: { workspaceId_code: { workspaceId: access.workspace.id, code } },
    select: { id: true, code: true, name: true },
  });
  if (!framework) throw new AppError("NOT_FOUND", `No framework with code ${code}`);
  return framework;
}
