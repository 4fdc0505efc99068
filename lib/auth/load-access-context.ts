import "server-only";
import { db } from "@/lib/db";
import type { AccessContext } from "./access-context";

/**
 * The access context of a user: their active membership in the given workspace, or
 * their oldest active membership. Null when the user is inactive or has no membership.
 */
export async function loadAccessContext(
  userId: string,
  options: { workspaceId?: string; via: AccessContext["via"] },
): Promise<AccessContext | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      isActive: true,
      memberships: {
        where: { isActive: true, ...(options.workspaceId ? { workspaceId: options.workspaceId } : {}) },
        orderBy: { createdAt: "asc" },
        take: 1,
        select: {
          id: true,
          role: true,
          workspace: { select: { id: true, slug: true, name: true, isDemo: true, defaultLocale: true } },
          institution: { select: { id: true, code: true, name: true, isActive: true } },
        },
      },
    },
  });
  const membership = user?.memberships[0];
  if (!user || !user.isActive || !membership) return null;
  const institution = membership.institution?.isActive ? membership.institution : null;
  return {
    user: { id: user.id, email: user.email, name: user.name },
    workspace: membership.workspace,
    membership: {
      id: membership.id,
      role: membership.role,
      institution: institution ? { id: institution.id, code: institution.code, name: institution.name } : null,
    },
    via: options.via,
  };
}
