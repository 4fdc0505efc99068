import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import type { WorkspaceUser } from "./list-workspace-users";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { libText } from "@/lib/i18n/lib-text";

/** One person of the workspace, by membership id, for administrators. */
export async function getWorkspaceUser(access: AccessContext, membershipId: string): Promise<WorkspaceUser> {
  requirePermission(access, "users.manage");
  const membership = await inWorkspace(access.workspace.id).membership.findUnique({
    where: { id: membershipId },
    select: {
      id: true,
      role: true,
      isActive: true,
      institution: { select: { id: true, code: true, name: true } },
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          isActive: true,
          mustChangePassword: true,
          sessions: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
        },
      },
    },
  });
  if (!membership) throw new AppError("NOT_FOUND", libText("errors.noSuchPerson"));
  return {
    membershipId: membership.id,
    userId: membership.user.id,
    email: membership.user.email,
    name: membership.user.name,
    role: membership.role,
    institution: membership.institution,
    isActive: membership.isActive && membership.user.isActive,
    mustChangePassword: membership.user.mustChangePassword,
    lastSignInAt: membership.user.sessions[0]?.createdAt ?? null,
  };
}
