import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { libText } from "@/lib/i18n/lib-text";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { markNotificationsReadSchema } from "./schemas";

/**
 * Marks the person's own notices as read: the ones named, or all unread ones in this workspace.
 * Someone else's notice is never touched (the person's id is in the update's where). Reading a
 * notice is bookkeeping, like a session, and leaves no audit event.
 */
export async function markNotificationsRead(access: AccessContext, input: unknown, now = new Date()): Promise<{ marked: number }> {
  const { ids } = parseOrThrow(markNotificationsReadSchema, input, libText("errors.noticesToMarkNotValid"));
  const { count } = await db.notification.updateMany({
    where: { userId: access.user.id, workspaceId: access.workspace.id, readAt: null, ...(ids.length > 0 ? { id: { in: ids } } : {}) },
    data: { readAt: now },
  });
  return { marked: count };
}
