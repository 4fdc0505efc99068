import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";

export type NotificationView = {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  readAt: Date | null;
  createdAt: Date;
};

/** How many notices the page shows; older ones stay in the table. */
const PAGE_SIZE = 100;

/** The person's own notices in this workspace, unread first, newest first within each. */
export async function listNotifications(access: AccessContext): Promise<NotificationView[]> {
  const where = { userId: access.user.id, workspaceId: access.workspace.id };
  const select = { id: true, kind: true, title: true, body: true, link: true, readAt: true, createdAt: true } as const;
  const unread = await db.notification.findMany({
    where: { ...where, readAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: PAGE_SIZE,
    select,
  });
  if (unread.length >= PAGE_SIZE) return unread;
  const read = await db.notification.findMany({
    where: { ...where, readAt: { not: null } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: PAGE_SIZE - unread.length,
    select,
  });
  return [...unread, ...read];
}
