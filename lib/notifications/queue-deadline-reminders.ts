import "server-only";
import { systemActor } from "@/lib/audit/audit-actions";
import { runMutation } from "@/lib/audit/run-mutation";
import { db, type Tx } from "@/lib/db";
import { deadlineMarkAt, type DeadlineMark } from "./deadline-marks";
import { findFocalPoints } from "./find-focal-points";
import { deadlineReminderNotice } from "./messages/deadline-reminder-notice";
import { queueNotices } from "./queue-notices";
import { readReminderDays } from "./reminder-days";
import { libText } from "@/lib/i18n/lib-text";

export type ReminderRun = { cycles: number; institutions: number; notifications: number; emails: number };

/**
 * Queues deadline reminders as of `now` (an injected clock): for every open cycle whose
 * submission deadline is as many days away as its workspace's reminder days (14 and 3 unless
 * an administrator chose others) or has passed, one reminder to the focal points
 * of each institution that has not yet submitted all its indicators. Idempotent: an
 * institution is reminded once per cycle and mark (DeadlineReminder), however often this runs
 * and on however many servers. One transaction per cycle, with its audit event.
 */
export async function queueDeadlineReminders(now: Date): Promise<ReminderRun> {
  const cycles = await db.reportingCycle.findMany({
    where: { status: "OPEN" },
    select: {
      id: true,
      year: true,
      versionId: true,
      submissionDeadline: true,
      framework: { select: { code: true, workspaceId: true, workspace: { select: { reminderDays: true } } } },
    },
  });
  const run: ReminderRun = { cycles: 0, institutions: 0, notifications: 0, emails: 0 };
  for (const cycle of cycles) {
    const due = deadlineMarkAt(cycle.submissionDeadline, now, readReminderDays(cycle.framework.workspace.reminderDays));
    if (!due) continue;
    // Most runs find nothing to do: a read outside any transaction keeps them from taking the write lock.
    if ((await findLateInstitutions(db, cycle, due.mark)).length === 0) continue;
    const queued = await runMutation(systemActor("deadline-reminders"), async (tx, audit) => {
      // Again inside the transaction: another server may have reminded them meanwhile.
      const late = await findLateInstitutions(tx, cycle, due.mark);
      if (late.length === 0) throw new NothingToRemind();
      const focalPoints = await findFocalPoints(
        tx,
        cycle.framework.workspaceId,
        late.map((entry) => entry.institutionId),
      );
      const reminded = late.filter((entry) => (focalPoints.get(entry.institutionId) ?? []).length > 0);
      if (reminded.length === 0) throw new NothingToRemind();
      const countsOf = new Map(reminded.flatMap((entry) => (focalPoints.get(entry.institutionId) ?? []).map((userId) => [userId, entry])));
      // The key (cycle, institution, mark) refuses a second reminder: a concurrent run on another server rolls back.
      await tx.deadlineReminder.createMany({
        data: reminded.map((entry) => ({ cycleId: cycle.id, institutionId: entry.institutionId, mark: due.mark })),
      });
      const notices = await queueNotices(tx, {
        workspaceId: cycle.framework.workspaceId,
        kind: "deadline-reminder",
        userIds: [...countsOf.keys()],
        compose: ({ userId, locale }) =>
          deadlineReminderNotice(locale, {
            frameworkCode: cycle.framework.code,
            year: cycle.year,
            deadline: cycle.submissionDeadline,
            ...due,
            pending: countsOf.get(userId)!.pending,
            assigned: countsOf.get(userId)!.assigned,
          }),
      });
      await audit({
        workspaceId: cycle.framework.workspaceId,
        action: "cycle.reminders-queued",
        entityType: "ReportingCycle",
        entityId: cycle.id,
        summary: libText("auditSummaries.remindersQueued", {
          framework: cycle.framework.code,
          year: String(cycle.year),
          mark: due.mark,
          institutions: reminded.length,
          people: notices.notifications,
          emails: notices.emails,
        }),
      });
      return { institutions: reminded.length, ...notices };
    }).catch((error: unknown) => {
      if (error instanceof NothingToRemind) return null;
      throw error;
    });
    if (!queued) continue;
    run.cycles += 1;
    run.institutions += queued.institutions;
    run.notifications += queued.notifications;
    run.emails += queued.emails;
  }
  return run;
}

/** Rolls back a reminder transaction that found, under the lock, that there is nobody left to remind. */
class NothingToRemind extends Error {}

/**
 * Institutions responsible (lead or contributor) for an indicator of the cycle whose total
 * value is not yet submitted or approved, and not yet reminded at this mark. A fixed number
 * of queries, whatever the number of institutions.
 */
async function findLateInstitutions(
  tx: Tx,
  cycle: { id: string; year: number; versionId: string; framework: { workspaceId: string } },
  mark: DeadlineMark,
): Promise<{ institutionId: string; assigned: number; pending: number }[]> {
  const [indicators, reminded] = await Promise.all([
    tx.indicator.findMany({
      where: { versionId: cycle.versionId },
      select: { id: true, identityId: true, leadInstitutionId: true, contributors: { select: { institutionId: true } } },
    }),
    tx.deadlineReminder.findMany({ where: { cycleId: cycle.id, mark }, select: { institutionId: true } }),
  ]);
  const done = await tx.indicatorValue.findMany({
    where: {
      year: cycle.year,
      disaggregation: "",
      identityId: { in: indicators.map((indicator) => indicator.identityId) },
      status: { in: ["SUBMITTED", "APPROVED"] },
    },
    select: { identityId: true },
  });
  const doneIdentities = new Set(done.map((value) => value.identityId));
  const alreadyReminded = new Set(reminded.map((entry) => entry.institutionId));
  const counts = new Map<string, { assigned: number; pending: number }>();
  for (const indicator of indicators) {
    const responsible = [indicator.leadInstitutionId, ...indicator.contributors.map((entry) => entry.institutionId)];
    for (const institutionId of new Set(responsible)) {
      if (!institutionId || alreadyReminded.has(institutionId)) continue;
      const entry = counts.get(institutionId) ?? { assigned: 0, pending: 0 };
      entry.assigned += 1;
      if (!doneIdentities.has(indicator.identityId)) entry.pending += 1;
      counts.set(institutionId, entry);
    }
  }
  const active = await tx.institution.findMany({
    where: { workspaceId: cycle.framework.workspaceId, isActive: true, id: { in: [...counts.keys()] } },
    select: { id: true },
  });
  return active.map(({ id }) => ({ institutionId: id, ...counts.get(id)! })).filter((entry) => entry.pending > 0);
}
