/**
 * In-app notices and deadline reminders (decision 030), with e-mail off (no SMTP_URL): every
 * notice appears in the application and nothing is queued for e-mail. Reminders run on an
 * injected clock: 14 and 3 days before the deadline and once it has passed, to the focal
 * points of institutions that have not submitted everything, never twice for the same mark.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { reviewCycleValues } from "@/lib/monitoring/review-cycle-values";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { submitCycleValues } from "@/lib/monitoring/submit-cycle-values";
import { getUnreadNotificationCount } from "@/lib/notifications/get-unread-notification-count";
import { getEmailPreferences } from "@/lib/notifications/get-email-preferences";
import { getOutboxOverview } from "@/lib/notifications/get-outbox-overview";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { queueDeadlineReminders } from "@/lib/notifications/queue-deadline-reminders";
import { updateEmailPreferences } from "@/lib/notifications/update-email-preferences";
import { updateReminderDays } from "@/lib/notifications/update-reminder-days";
import { openConsultation } from "@/lib/frameworks/versions/open-consultation";
import { setOwnLanguage } from "@/lib/users/set-own-language";
import { createLifecycleMembers, createStagedVersion, isoDateInDays } from "../fixtures/version-lifecycle";
import {
  catchAppError,
  createMonitoringMembers,
  createTestCycle,
  createTestWorkspace,
  snapshotDatabase,
  type MonitoringMembers,
} from "../fixtures/factories";

const DAY = 24 * 60 * 60 * 1000;
const DEADLINE = "2030-01-25";
const at = (daysBefore: number, hour = 9) => new Date(Date.parse(`${DEADLINE}T00:00:00Z`) - daysBefore * DAY + hour * 60 * 60 * 1000);

let workspaceId: string;
let members: MonitoringMembers;

beforeAll(async () => {
  delete process.env.SMTP_URL;
  ({ workspaceId } = await createTestWorkspace());
  members = await createMonitoringMembers(workspaceId);
});

async function remindersOf(cycleId: string) {
  return db.deadlineReminder.findMany({ where: { cycleId }, orderBy: [{ mark: "asc" }, { institutionId: "asc" }] });
}

async function reminderNoticesOf(userId: string) {
  return db.notification.findMany({ where: { userId, kind: "deadline-reminder" }, orderBy: { createdAt: "asc" } });
}

describe("deadline reminders", () => {
  it("remind late institutions' focal points at 14 and 3 days and when overdue, once per mark, and not those who submitted all", async () => {
    const { cycle, target } = await createTestCycle(workspaceId, members.secretariat, {
      year: 2029,
      deadlines: { submissionDeadline: DEADLINE, consolidationDeadline: "2030-03-31" },
    });
    // NBS contributes to A2.2 only; once MFA (its lead) submitted it, NBS has nothing pending.
    await saveCycleValues(members.mfa, target, [
      { indicator: "A2.1", value: 1, version: null },
      { indicator: "A2.2", value: 2, version: null },
    ]);
    await submitCycleValues(members.mfa, target);
    const institutionId = async (code: string) =>
      (await db.institution.findUniqueOrThrow({ where: { workspaceId_code: { workspaceId, code } } })).id;

    await queueDeadlineReminders(at(15));
    expect(await remindersOf(cycle.id)).toEqual([]);

    await queueDeadlineReminders(at(14));
    await queueDeadlineReminders(at(14, 15));
    await queueDeadlineReminders(at(13));
    expect((await remindersOf(cycle.id)).map((entry) => [entry.mark, entry.institutionId])).toEqual([
      ["days-14", await institutionId("MLSP")],
    ]);
    const [first] = await reminderNoticesOf(members.mlsp.user.id);
    expect(await reminderNoticesOf(members.mlsp.user.id)).toHaveLength(1);
    expect(first).toMatchObject({ workspaceId, link: `/cycles/${target.frameworkCode}/2029/entry` });
    expect(first!.title).toBe(`Reminder: ${target.frameworkCode} 2029 values due ${DEADLINE}`);
    expect(first!.body).toContain("in 14 days");
    expect(first!.body).toContain("submitted 0 of its 6 indicators");
    expect(await reminderNoticesOf(members.mfa.user.id)).toEqual([]);
    expect(await reminderNoticesOf(members.nbs.user.id)).toEqual([]);

    await queueDeadlineReminders(at(3));
    await queueDeadlineReminders(at(0, 23));
    await queueDeadlineReminders(at(-1));
    await queueDeadlineReminders(at(-5));
    const notices = await reminderNoticesOf(members.mlsp.user.id);
    expect(notices.map((notice) => notice.title)).toEqual([
      `Reminder: ${target.frameworkCode} 2029 values due ${DEADLINE}`,
      `Reminder: ${target.frameworkCode} 2029 values due ${DEADLINE}`,
      `Overdue: ${target.frameworkCode} 2029 values`,
    ]);
    expect(notices[1]!.body).toContain("in 3 days");
    expect((await remindersOf(cycle.id)).map((entry) => entry.mark)).toEqual(["days-14", "days-3", "overdue"]);
    // Each run left its trace; e-mail is off, so nothing waits in the outbox.
    expect(await db.auditEvent.count({ where: { action: "cycle.reminders-queued", entityId: cycle.id } })).toBe(3);
    expect(await db.outboxMessage.count({ where: { workspaceId } })).toBe(0);
  });
});

describe("reminder days chosen by the workspace", () => {
  it("remind on the chosen days instead of 14 and 3, and refuse days that do not parse, changing nothing", async () => {
    const { workspaceId: ownDays } = await createTestWorkspace();
    const own = await createMonitoringMembers(ownDays);
    for (const refused of ["", "0", "14, 14", "1, 2, 3, 4, 5, 6", "91", "two weeks", "7.5"]) {
      const snapshot = await snapshotDatabase();
      expect((await catchAppError(updateReminderDays(own.admin, { reminderDays: refused }))).code, refused).toBe("BAD_REQUEST");
      expect(await snapshotDatabase()).toEqual(snapshot);
    }
    expect(await updateReminderDays(own.admin, { reminderDays: "1; 7" })).toEqual({ reminderDays: [7, 1] });
    const { cycle } = await createTestCycle(ownDays, own.secretariat, {
      year: 2029,
      deadlines: { submissionDeadline: DEADLINE, consolidationDeadline: "2030-03-31" },
    });

    await queueDeadlineReminders(at(8));
    expect(await remindersOf(cycle.id)).toEqual([]);
    await queueDeadlineReminders(at(7));
    await queueDeadlineReminders(at(3));
    await queueDeadlineReminders(at(1));
    expect([...new Set((await remindersOf(cycle.id)).map((entry) => entry.mark))]).toEqual(["days-1", "days-7"]);
    const [first] = await reminderNoticesOf(own.mlsp.user.id);
    expect(first!.body).toContain("in 7 days");
  });
});

describe("in-app notices", () => {
  it("count in the header, list unread first, and are marked read only by their owner", async () => {
    const { target } = await createTestCycle(workspaceId, members.secretariat);
    await saveCycleValues(members.mlsp, target, [
      { indicator: "A1.1", value: 10, version: null },
      { indicator: "A1.2", value: "20", version: null },
    ]);
    await submitCycleValues(members.mlsp, target);
    const before = await getUnreadNotificationCount(members.mlsp);
    await reviewCycleValues(members.secretariat, target, {
      decisions: [
        { indicator: "A1.1", decision: "return", reason: "Source missing" },
        { indicator: "A1.2", decision: "approve" },
      ],
    });
    expect(await getUnreadNotificationCount(members.mlsp)).toBe(before + 2);
    const listed = await listNotifications(members.mlsp);
    const returned = listed.find((notice) => notice.kind === "value-returned" && notice.body.includes("Source missing"))!;
    const approved = listed.find((notice) => notice.kind === "values-approved" && notice.title.includes(target.frameworkCode))!;
    expect(approved).toMatchObject({
      title: `1 value approved: ${target.frameworkCode} 2025`,
      link: `/cycles/${target.frameworkCode}/2025/entry`,
    });

    // Another person's mark changes nothing of mine.
    expect(await markNotificationsRead(members.mfa, { ids: [returned.id] })).toEqual({ marked: 0 });
    expect(await markNotificationsRead(members.mlsp, { ids: [returned.id] })).toEqual({ marked: 1 });
    expect(await getUnreadNotificationCount(members.mlsp)).toBe(before + 1);
    const relisted = await listNotifications(members.mlsp);
    const positionOf = (id: string) => relisted.findIndex((notice) => notice.id === id);
    expect(positionOf(returned.id)).toBeGreaterThan(positionOf(approved.id));

    await markNotificationsRead(members.mlsp, {});
    expect(await getUnreadNotificationCount(members.mlsp)).toBe(0);
  });

  it("without SMTP_URL, administrators are told that e-mail is off, and others may not look", async () => {
    expect(await getOutboxOverview(members.admin)).toMatchObject({ isEmailOn: false, counts: { failed: 0 } });
    expect((await catchAppError(getOutboxOverview(members.secretariat))).code).toBe("FORBIDDEN");
  });
});

describe("e-mail preferences", () => {
  it("are saved with an audit event; refused input changes nothing", async () => {
    expect((await getEmailPreferences(members.nbs)).kinds.every((entry) => entry.byEmail)).toBe(true);
    expect(await updateEmailPreferences(members.nbs, { emailKinds: ["value-returned"] })).toEqual({ changed: true });
    expect((await getEmailPreferences(members.nbs)).kinds).toEqual([
      { kind: "value-returned", byEmail: true },
      { kind: "deadline-reminder", byEmail: false },
      { kind: "values-approved", byEmail: false },
      { kind: "consultation-opened", byEmail: false },
      { kind: "decision-requested", byEmail: false },
    ]);
    expect(await db.auditEvent.count({ where: { action: "user.email-preferences-changed", entityId: members.nbs.user.id } })).toBe(1);

    const snapshot = await snapshotDatabase();
    for (const refused of [{ emailKinds: ["value-returned", "no-such-kind"] }, { emailKinds: "value-returned" }, {}, null]) {
      expect((await catchAppError(updateEmailPreferences(members.nbs, refused))).code).toBe("BAD_REQUEST");
    }
    expect(await markNotificationsRead(members.nbs, { ids: ["not-an-id"] }).catch((error: Error) => error.message)).toBe(
      "The notices to mark are not valid",
    );
    expect(await snapshotDatabase()).toEqual(snapshot);
    expect((await getEmailPreferences(members.nbs)).kinds.filter((entry) => entry.byEmail).map((entry) => entry.kind)).toEqual([
      "value-returned",
    ]);
  });
});

describe("a consultation opened", () => {
  it("tells the invited working-group members and the invited institutions' focal points, with the deadline and a link", async () => {
    const { workspaceId: lifecycleWorkspace } = await createTestWorkspace();
    const lifecycle = await createLifecycleMembers(lifecycleWorkspace);
    const staged = await createStagedVersion(lifecycleWorkspace, lifecycle, "DRAFT");
    const deadline = isoDateInDays(14);
    await openConsultation(lifecycle.secretariat, {
      versionId: staged.versionId,
      deadline,
      institutionCodes: ["MLSP"],
      workingGroupUserIds: [lifecycle.wg2.user.id],
    });
    const notices = await db.notification.findMany({ where: { workspaceId: lifecycleWorkspace, kind: "consultation-opened" } });
    expect(notices.map((notice) => notice.userId).sort()).toEqual([lifecycle.mlsp.user.id, lifecycle.wg2.user.id].sort());
    const number = (await db.frameworkVersion.findUniqueOrThrow({ where: { id: staged.versionId } })).number;
    expect(notices[0]).toMatchObject({ link: `/frameworks/${staged.frameworkCode}/versions/${number}/consultation` });
    expect(notices[0]!.title).toContain(`Consultation open until ${deadline}`);
  });

  it("asks the invited working-group members for their decision once the version is validated, in their language", async () => {
    const { workspaceId: lifecycleWorkspace } = await createTestWorkspace();
    const lifecycle = await createLifecycleMembers(lifecycleWorkspace);
    await setOwnLanguage(lifecycle.wg3, "fr");
    const staged = await createStagedVersion(lifecycleWorkspace, lifecycle, "VALIDATED");
    const notices = await db.notification.findMany({ where: { workspaceId: lifecycleWorkspace, kind: "decision-requested" } });
    const invited = [lifecycle.workingGroup, lifecycle.wg2, lifecycle.wg3].map((member) => member.user.id);
    expect(notices.map((notice) => notice.userId).sort()).toEqual(invited.sort());
    const number = (await db.frameworkVersion.findUniqueOrThrow({ where: { id: staged.versionId } })).number;
    for (const notice of notices) expect(notice.link).toBe(`/frameworks/${staged.frameworkCode}/versions/${number}/consultation`);
    const french = notices.find((notice) => notice.userId === lifecycle.wg3.user.id)!;
    expect(french.title).toMatch(/^Votre décision est demandée : /);
    expect(notices.find((notice) => notice.userId === lifecycle.wg2.user.id)!.title).toMatch(/^Your decision is asked: /);
  });
});
