import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";

/** The number in the header: one indexed count (userId, workspaceId, readAt) on every page. */
export async function getUnreadNotificationCount(access: AccessContext): Promise<number> {
  return db.notification.count({ where: { userId: access.user.id, workspaceId: access.workspace.id, readAt: null } });
}
