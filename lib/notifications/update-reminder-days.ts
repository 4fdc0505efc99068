import "server-only";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { readReminderDays, reminderDaysSchema } from "./reminder-days";
import { libText } from "@/lib/i18n/lib-text";

/**
 * Sets on which days before a reporting deadline the workspace's late institutions are
 * reminded (administrators; 14 and 3 by default). Marks already sent stay sent; a new day
 * takes effect at the reminders' next run. Input that does not parse changes nothing.
 */
export async function updateReminderDays(access: AccessContext, raw: unknown): Promise<{ reminderDays: readonly number[] }> {
  requirePermission(access, "users.manage");
  const { reminderDays } = parseOrThrow(reminderDaysSchema, raw, libText("errors.checkReminderDays"));
  return runMutation(actorOf(access), async (tx, audit) => {
    const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: access.workspace.id }, select: { reminderDays: true } });
    const before = readReminderDays(workspace.reminderDays);
    await tx.workspace.update({ where: { id: access.workspace.id }, data: { reminderDays: reminderDays.join(",") } });
    await audit({
      workspaceId: access.workspace.id,
      action: "workspace.reminder-days-changed",
      entityType: "Workspace",
      entityId: access.workspace.id,
      summary:
        reminderDays.length === 1
          ? libText("auditSummaries.reminderDaysOne", { last: String(reminderDays[0]) })
          : libText("auditSummaries.reminderDaysMany", { first: reminderDays.slice(0, -1).join(", "), last: String(reminderDays.at(-1)) }),
      before: { reminderDays: before },
      after: { reminderDays },
    });
    return { reminderDays };
  });
}
