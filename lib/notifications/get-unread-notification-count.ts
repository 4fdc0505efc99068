import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";

/**
 * The number in the header: one indexed count (userId, workspaceId, readAt) on every page.
 * Written out (decision 061): as a Prisma count it cost three times the statement on every
 * signed-in request.
 */
export async function getUnreadNotificationCount(access: AccessContext): Promise<number> {
  const [row] = await db.$queryRaw<{ count: unknown }[]>`
    SELECT COUNT(*) AS "count" FROM "Notification"
    WHERE "userId" = ${access.user.id} AND "workspaceId" = ${access.workspace.id} AND "readAt" IS NULL`;
  // SQLite gives a number, PostgreSQL a big integer.
  return Number(row?.count ?? 0);
}
