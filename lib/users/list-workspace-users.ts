import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

export type WorkspaceUser = {
  membershipId: string;
  userId: string;
  email: string;
  name: string;
  role: Role;
  institution: { id: string; code: string; name: string } | null;
  isActive: boolean;
  mustChangePassword: boolean;
  lastSignInAt: Date | null;
};

/** Everyone with access to the workspace, for administrators. Two queries. */
export async function listWorkspaceUsers(access: AccessContext): Promise<WorkspaceUser[]> {
  requirePermission(access, "users.manage");
  const memberships = await inWorkspace(access.workspace.id).membership.findMany({
    orderBy: [{ isActive: "desc" }, { user: { name: "asc" } }],
    select: {
      id: true,
      role: true,
      isActive: true,
      institution: { select: { id: true, code: true, name: true } },
      user: { select: { id: true, email: true, name: true, isActive: true, mustChangePassword: true } },
    },
  });
  const lastSessions = await db.session.groupBy({
    by: ["userId"],
    where: { userId: { in: memberships.map((membership) => membership.user.id) } },
    _max: { createdAt: true },
  });
  const lastSignIn = new Map(lastSessions.map((row) => [row.userId, row._max.createdAt]));
  return memberships.map((membership) => ({
    membershipId: membership.id,
    userId: membership.user.id,
    email: membership.user.email,
    name: membership.user.name,
    role: membership.role,
    institution: membership.institution,
    isActive: membership.isActive && membership.user.isActive,
    mustChangePassword: membership.user.mustChangePassword,
    lastSignInAt: lastSignIn.get(membership.user.id) ?? null,
  }));
}
