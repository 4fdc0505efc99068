import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

export type ApiTokenSummary = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
};

/** The acting person's tokens in this workspace, newest first; never the token itself. */
export async function listOwnApiTokens(access: AccessContext): Promise<ApiTokenSummary[]> {
  requirePermission(access, "api-tokens.manage-own");
  return inWorkspace(access.workspace.id).apiToken.findMany({
    where: { userId: access.user.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true },
  });
}
