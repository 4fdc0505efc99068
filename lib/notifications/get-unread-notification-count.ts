import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { rememberUntilDatabaseChanges } from "@/lib/database/remember-until-database-changes";

/**
 * The number in the header: one indexed count (userId, workspaceId, readAt) on every page.
 * Written out (decision 061): as a Prisma count it cost three times the statement on every
 * signed-in request. Remembered on SQLite until the database changes (decision 062): a new
 * notice and a notice read are both writes.
 */
export async function getUnreadNotificationCount(access: AccessContext): Promise<number> {
  return rememberUntilDatabaseChanges(`unread-notifications|${access.user.id}|${access.workspace.id}`, async () => {
    const [row] = await db.$queryRaw<{ count: unknown }[]>`
      SELECT COUNT(*) AS "count" FROM "Notification"
      WHERE "userId" = ${access.user.id} AND "workspaceId" = ${access.workspace.id} AND "readAt" IS NULL`;
    // SQLite gives a number, PostgreSQL a big integer.
    return Number(row?.count ?? 0);
  });
}
