/**
 * Every notice of issue 14 by e-mail, against a real SMTP server in process (decision 030):
 * deadline reminders before the deadline and when overdue, values approved, a consultation
 * opened and a decision requested each reach the right people, in each person's language,
 * with the full address of the page where to act; a person who opted out of that kind gets
 * the notice in the application and no e-mail. (Returned values: notifications-email.test.ts;
 * invitations and password links: notifications-account-emails.test.ts; digests:
 * notifications-digest.test.ts.)
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { getAppUrl } from "@/lib/env";
import { openConsultation } from "@/lib/frameworks/versions/open-consultation";
import { reviewCycleValues } from "@/lib/monitoring/review-cycle-values";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { submitCycleValues } from "@/lib/monitoring/submit-cycle-values";
import type { NotificationKind } from "@/lib/notifications/notification-kinds";
import { NOTIFICATION_KINDS } from "@/lib/notifications/notification-kinds";
import { createOutboxSender } from "@/lib/notifications/outbox-sender";
import { queueDeadlineReminders } from "@/lib/notifications/queue-deadline-reminders";
import { createSmtpTransport } from "@/lib/notifications/smtp-transport";
import { updateEmailPreferences } from "@/lib/notifications/update-email-preferences";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { setOwnLanguage } from "@/lib/users/set-own-language";
import { createLifecycleMembers, createStagedVersion, isoDateInDays } from "../fixtures/version-lifecycle";
import { createMonitoringMembers, createTestCycle, createTestMember, createTestWorkspace } from "../fixtures/factories";
import { startSmtpTestServer, type ReceivedMail, type SmtpTestServer } from "../fixtures/smtp-test-server";

const DAY = 24 * 60 * 60 * 1000;
let smtp: SmtpTestServer;
const previousSmtpUrl = process.env.SMTP_URL;

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  process.env.SMTP_URL = smtp.url;
});

afterAll(async () => {
  if (previousSmtpUrl === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = previousSmtpUrl;
  await smtp.close();
});

afterEach(() => {
  smtp.received.length = 0;
});

async function deliverAll(): Promise<void> {
  const sender = createOutboxSender({
    senderId: "test",
    transport: createSmtpTransport(smtp.url),
    from: "Capacitas <no-reply@capacitas.test>",
    queuesReminders: false,
  });
  while ((await sender.pollOnce()).sent > 0);
}

function mailsTo(person: AccessContext, subject: RegExp): ReceivedMail[] {
  return smtp.received.filter((mail) => mail.to.includes(person.user.email) && subject.test(mail.subject));
}

async function optOutOf(person: AccessContext, kind: NotificationKind): Promise<void> {
  await updateEmailPreferences(person, { emailKinds: NOTIFICATION_KINDS.filter((other) => other !== kind) });
}

/** A new MLSP focal point who reads Romanian. */
async function romanianFocalPoint(workspaceId: string): Promise<AccessContext> {
  const person = await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" });
  await setOwnLanguage(person, "ro");
  return person;
}

const noticeCount = (person: AccessContext, kind: NotificationKind) => db.notification.count({ where: { userId: person.user.id, kind } });

describe("deadline reminders by e-mail", () => {
  it("reach a late institution's focal points 14 days before and when overdue, in their language, with the entry page's address", async () => {
    const { workspaceId } = await createTestWorkspace();
    const members = await createMonitoringMembers(workspaceId);
    const romanian = await romanianFocalPoint(workspaceId);
    const optedOut = await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" });
    await optOutOf(optedOut, "deadline-reminder");
    const deadline = "2030-01-25";
    const { target } = await createTestCycle(workspaceId, members.secretariat, {
      year: 2029,
      deadlines: { submissionDeadline: deadline, consolidationDeadline: "2030-03-31" },
    });
    const entryUrl = `${getAppUrl()}/cycles/${target.frameworkCode}/2029/entry`;

    await queueDeadlineReminders(new Date(Date.parse(`${deadline}T09:00:00Z`) - 14 * DAY));
    await deliverAll();
    const [english] = mailsTo(members.mlsp, /^Reminder: /);
    expect(english!.subject).toBe(`Reminder: ${target.frameworkCode} 2029 values due ${deadline}`);
    expect(english!.text).toContain("in 14 days");
    expect(english!.text).toContain(entryUrl);
    const [ro] = mailsTo(romanian, /^Memento: /);
    expect(ro!.subject).toBe(`Memento: valorile ${target.frameworkCode} 2029 sunt așteptate până la ${deadline}`);
    expect(ro!.text).toContain(`Deschideți în Capacitas:`);
    expect(ro!.text).toContain(entryUrl);
    expect(smtp.received.filter((mail) => mail.to.includes(optedOut.user.email))).toEqual([]);
    expect(await noticeCount(optedOut, "deadline-reminder")).toBe(1);

    smtp.received.length = 0;
    await queueDeadlineReminders(new Date(Date.parse(`${deadline}T09:00:00Z`) + 2 * DAY));
    await deliverAll();
    expect(mailsTo(members.mlsp, /^Overdue: /).map((mail) => mail.subject)).toEqual([`Overdue: ${target.frameworkCode} 2029 values`]);
    expect(mailsTo(romanian, /^Termen depășit: /)[0]!.text).toContain(entryUrl);
    expect(smtp.received.filter((mail) => mail.to.includes(optedOut.user.email))).toEqual([]);
    expect(await noticeCount(optedOut, "deadline-reminder")).toBe(2);
  });
});

describe("values approved by e-mail", () => {
  it("reach the institution's focal points in their language with the entry page's address, not one who opted out", async () => {
    const { workspaceId } = await createTestWorkspace();
    const members = await createMonitoringMembers(workspaceId);
    const romanian = await romanianFocalPoint(workspaceId);
    const optedOut = await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" });
    await optOutOf(optedOut, "values-approved");
    const { target } = await createTestCycle(workspaceId, members.secretariat);
    await saveCycleValues(members.mlsp, target, [
      { indicator: "A1.1", value: 10, version: null },
      { indicator: "A1.2", value: "20", version: null },
    ]);
    await submitCycleValues(members.mlsp, target);
    await reviewCycleValues(members.secretariat, target, {
      decisions: [
        { indicator: "A1.1", decision: "approve" },
        { indicator: "A1.2", decision: "approve" },
      ],
    });
    await deliverAll();
    const entryUrl = `${getAppUrl()}/cycles/${target.frameworkCode}/2025/entry`;
    const [english] = mailsTo(members.mlsp, /approved/);
    expect(english!.subject).toBe(`2 values approved: ${target.frameworkCode} 2025`);
    expect(english!.text).toContain("A1.1, A1.2");
    expect(english!.text).toContain(entryUrl);
    const [ro] = mailsTo(romanian, /aprobate/);
    expect(ro!.subject).toBe(`2 valori aprobate: ${target.frameworkCode} 2025`);
    expect(ro!.text).toContain(entryUrl);
    expect(smtp.received.filter((mail) => mail.to.includes(optedOut.user.email))).toEqual([]);
    expect(await noticeCount(optedOut, "values-approved")).toBe(1);
    // Nobody outside the responsible institutions hears of it.
    expect(smtp.received.filter((mail) => mail.to.includes(members.nbs.user.email))).toEqual([]);
  });
});

describe("a consultation opened, by e-mail", () => {
  it("reaches the invited members and focal points in their language with the consultation's address, not one who opted out", async () => {
    const { workspaceId } = await createTestWorkspace();
    const lifecycle = await createLifecycleMembers(workspaceId);
    await setOwnLanguage(lifecycle.wg2, "fr");
    await optOutOf(lifecycle.wg3, "consultation-opened");
    const staged = await createStagedVersion(workspaceId, lifecycle, "DRAFT");
    const deadline = isoDateInDays(14);
    await openConsultation(lifecycle.secretariat, {
      versionId: staged.versionId,
      deadline,
      institutionCodes: ["MLSP"],
      workingGroupUserIds: [lifecycle.wg2.user.id, lifecycle.wg3.user.id],
    });
    await deliverAll();
    const number = (await db.frameworkVersion.findUniqueOrThrow({ where: { id: staged.versionId } })).number;
    const url = `${getAppUrl()}/frameworks/${staged.frameworkCode}/versions/${number}/consultation`;

    const [french] = mailsTo(lifecycle.wg2, /Consultation ouverte/);
    expect(french!.subject).toMatch(new RegExp(`^Consultation ouverte jusqu’au ${deadline} : ${staged.frameworkCode} version `));
    expect(french!.text).toContain("Ouvrir dans Capacitas :");
    expect(french!.text).toContain(url);
    const [focal] = mailsTo(lifecycle.mlsp, /^Consultation open until /);
    expect(focal!.text).toContain(url);
    expect(smtp.received.filter((mail) => mail.to.includes(lifecycle.wg3.user.email))).toEqual([]);
    expect(await noticeCount(lifecycle.wg3, "consultation-opened")).toBe(1);
    // Neither an uninvited member nor an uninvited institution's focal point.
    expect(smtp.received.filter((mail) => [lifecycle.outsider, lifecycle.mfa].some((p) => mail.to.includes(p.user.email)))).toEqual([]);
  });
});

describe("a decision requested, by e-mail", () => {
  it("reaches the invited working-group members in their language with the consultation's address, not one who opted out", async () => {
    const { workspaceId } = await createTestWorkspace();
    const lifecycle = await createLifecycleMembers(workspaceId);
    await setOwnLanguage(lifecycle.wg3, "fr");
    await optOutOf(lifecycle.wg2, "decision-requested");
    const staged = await createStagedVersion(workspaceId, lifecycle, "VALIDATED");
    await deliverAll();
    const number = (await db.frameworkVersion.findUniqueOrThrow({ where: { id: staged.versionId } })).number;
    const url = `${getAppUrl()}/frameworks/${staged.frameworkCode}/versions/${number}/consultation`;

    const [english] = mailsTo(lifecycle.workingGroup, /^Your decision is asked: /);
    expect(english!.text).toContain(url);
    const [french] = mailsTo(lifecycle.wg3, /^Votre décision est demandée : /);
    expect(french!.subject).toContain(staged.frameworkCode);
    expect(french!.text).toContain(url);
    expect(mailsTo(lifecycle.wg2, /decision|décision/)).toEqual([]);
    expect(await noticeCount(lifecycle.wg2, "decision-requested")).toBe(1);
    expect(mailsTo(lifecycle.outsider, /./)).toEqual([]);
  });
});

describe("account e-mails and the choices of notices", () => {
  it("still send a password link to a person who opted out of every notice: it is not a notice", async () => {
    const { workspaceId } = await createTestWorkspace();
    const person = await createTestMember(workspaceId, "VIEWER");
    await updateEmailPreferences(person, { emailKinds: [], digest: "none" });
    await requestPasswordReset({ email: person.user.email }, { ip: null });
    await deliverAll();
    const [mail] = mailsTo(person, /password/);
    expect(mail!.subject).toBe("Choose a new Capacitas password");
    expect(mail!.text).toMatch(new RegExp(`${getAppUrl()}/set-password/[A-Za-z0-9_-]{43}`));
  });
});
