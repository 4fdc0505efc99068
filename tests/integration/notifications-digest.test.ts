/**
 * The daily and weekly digest (decision 037), against a real SMTP server in process: a person
 * who chose one gets, once per period, one e-mail listing their unread notices of the period
 * just ended, in their language, with a link to each notice's page; nobody who chose none,
 * nobody with nothing new, never twice for one period however often and on however many
 * servers the run happens.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { getAppUrl } from "@/lib/env";
import { reviewCycleValues } from "@/lib/monitoring/review-cycle-values";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { submitCycleValues } from "@/lib/monitoring/submit-cycle-values";
import { digestPeriodBefore } from "@/lib/notifications/digest-periods";
import { getEmailPreferences } from "@/lib/notifications/get-email-preferences";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { createOutboxSender } from "@/lib/notifications/outbox-sender";
import { queueEmailDigests } from "@/lib/notifications/queue-email-digests";
import { createSmtpTransport } from "@/lib/notifications/smtp-transport";
import { updateEmailPreferences } from "@/lib/notifications/update-email-preferences";
import { setOwnLanguage } from "@/lib/users/set-own-language";
import {
  catchAppError,
  createTestCycle,
  createTestMember,
  createTestWorkspace,
  findTestValue,
  snapshotDatabase,
} from "../fixtures/factories";
import { startSmtpTestServer, type ReceivedMail, type SmtpTestServer } from "../fixtures/smtp-test-server";

const DAY = 24 * 60 * 60 * 1000;
const ALL_KINDS = ["value-returned", "deadline-reminder", "values-approved", "consultation-opened", "decision-requested"];

let smtp: SmtpTestServer;
let workspaceId: string;
let secretariat: AccessContext;
const previousSmtpUrl = process.env.SMTP_URL;

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  process.env.SMTP_URL = smtp.url;
  ({ workspaceId } = await createTestWorkspace());
  secretariat = await createTestMember(workspaceId, "SECRETARIAT");
});

afterAll(async () => {
  if (previousSmtpUrl === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = previousSmtpUrl;
  await smtp.close();
});

afterEach(() => {
  smtp.received.length = 0;
});

/** A new MLSP focal point with their digest choice; e-mail of single notices off, so only digests reach them. */
async function focalPoint(digest: "none" | "daily" | "weekly", locale?: "ro"): Promise<AccessContext> {
  const person = await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" });
  if (locale) await setOwnLanguage(person, locale);
  await updateEmailPreferences(person, { emailKinds: [], digest });
  return person;
}

/** A cycle in which MLSP's A1.1 and A1.2 were returned and A1.3 approved: three notices to each MLSP focal point. */
async function reviewThree(submitter: AccessContext): Promise<{ returnedIds: string[] }> {
  const { framework, target } = await createTestCycle(workspaceId, secretariat);
  await saveCycleValues(submitter, target, [
    { indicator: "A1.1", value: 10, version: null },
    { indicator: "A1.2", value: "20", version: null },
    { indicator: "A1.3", value: "yes", version: null },
  ]);
  await submitCycleValues(submitter, target);
  await reviewCycleValues(secretariat, target, {
    decisions: [
      { indicator: "A1.1", decision: "return", reason: "Source missing" },
      { indicator: "A1.2", decision: "return", reason: "Unit unclear" },
      { indicator: "A1.3", decision: "approve" },
    ],
  });
  return { returnedIds: [(await findTestValue(framework, "A1.1"))!.id, (await findTestValue(framework, "A1.2"))!.id] };
}

async function deliver(address: string): Promise<ReceivedMail[]> {
  await createOutboxSender({
    senderId: "test",
    transport: createSmtpTransport(smtp.url),
    from: "Capacitas <no-reply@capacitas.test>",
    queuesReminders: false,
  }).pollOnce();
  return smtp.received.filter((mail) => mail.to.includes(address));
}

const digestsOf = (person: AccessContext) => db.outboxMessage.findMany({ where: { recipientUserId: person.user.id, kind: "digest" } });

describe("the daily digest", () => {
  it("lists yesterday's unread notices with their links, in the person's language, once, and nothing to those who chose none", async () => {
    const daily = await focalPoint("daily");
    const romanian = await focalPoint("daily", "ro");
    const none = await focalPoint("none");
    const { returnedIds } = await reviewThree(daily);
    // Read notices are not news: the Romanian reader read one of the two returns.
    const readOne = await db.notification.findFirstOrThrow({ where: { userId: romanian.user.id, link: `/values/${returnedIds[0]}` } });
    await markNotificationsRead(romanian, { ids: [readOne.id] });

    // Today's notices wait for today to end.
    expect(await queueEmailDigests(new Date())).toMatchObject({ emails: 0 });
    const tomorrow = new Date(Date.now() + DAY);
    const day = digestPeriodBefore("daily", tomorrow).start.toISOString().slice(0, 10);
    const first = await queueEmailDigests(tomorrow);
    expect(first.emails).toBeGreaterThanOrEqual(2);
    // Again, later that day and on two more servers at once: nothing more.
    await Promise.all([queueEmailDigests(new Date(tomorrow.getTime() + 60_000)), queueEmailDigests(tomorrow), queueEmailDigests(tomorrow)]);
    expect(await digestsOf(daily)).toHaveLength(1);
    expect(await digestsOf(romanian)).toHaveLength(1);
    expect(await digestsOf(none)).toEqual([]);
    expect(await db.auditEvent.count({ where: { action: "user.digest-queued", entityId: daily.user.id } })).toBe(1);

    const [mail, ...others] = await deliver(daily.user.email);
    expect(others).toEqual([]);
    expect(mail!.subject).toBe(`Capacitas: 3 unread notices of ${day}`);
    expect(mail!.text).toContain(`You have 3 unread notices from ${day}:`);
    for (const id of returnedIds) expect(mail!.text).toContain(`${getAppUrl()}/values/${id}`);
    expect(mail!.text).toMatch(/- Value returned: A1\.1 2025\r?\n/);
    expect(mail!.text).toContain("1 value approved");
    expect(mail!.text).toContain(`${getAppUrl()}/notifications`);

    const [ro] = smtp.received.filter((received) => received.to.includes(romanian.user.email));
    expect(ro!.subject).toBe(`Capacitas: 2 notificări necitite din ${day}`);
    expect(ro!.text).toContain("Valoare returnată: A1.2 2025");
    expect(ro!.text).not.toContain(`/values/${returnedIds[0]}`);
    expect(ro!.text).toContain(`${getAppUrl()}/values/${returnedIds[1]}`);
    expect(smtp.received.some((received) => received.to.includes(none.user.email))).toBe(false);

    // The day after, nothing new: no e-mail at all.
    expect(await queueEmailDigests(new Date(tomorrow.getTime() + DAY))).toEqual({ emails: 0, notices: 0 });
  });

  it("sends nothing to a person who has no unread notice of the period, or whose notices are all read", async () => {
    // NBS has no say in A1.x: its focal point has no notice at all.
    const quiet = await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "NBS" });
    await updateEmailPreferences(quiet, { emailKinds: [], digest: "daily" });
    const reader = await focalPoint("daily");
    await reviewThree(reader);
    await markNotificationsRead(reader, {});
    const later = new Date(Date.now() + DAY);
    await queueEmailDigests(later);
    expect(await digestsOf(quiet)).toEqual([]);
    expect(await digestsOf(reader)).toEqual([]);
  });

  it("queues nothing when e-mail is off", async () => {
    const person = await focalPoint("daily");
    await reviewThree(person);
    delete process.env.SMTP_URL;
    try {
      expect(await queueEmailDigests(new Date(Date.now() + DAY))).toEqual({ emails: 0, notices: 0 });
    } finally {
      process.env.SMTP_URL = smtp.url;
    }
    expect(await digestsOf(person)).toEqual([]);
  });
});

describe("the weekly digest", () => {
  it("lists last week's unread notices on the first run of the next week, once", async () => {
    const weekly = await focalPoint("weekly");
    await reviewThree(weekly);
    const now = new Date();
    const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    const nextMonday = new Date(today + (7 - ((now.getUTCDay() + 6) % 7)) * DAY + 2 * 60 * 60 * 1000);
    // Still within this week: nothing.
    await queueEmailDigests(new Date(nextMonday.getTime() - 3 * 60 * 60 * 1000));
    expect(await digestsOf(weekly)).toEqual([]);

    await queueEmailDigests(nextMonday);
    await queueEmailDigests(new Date(nextMonday.getTime() + DAY));
    const [digest, ...more] = await digestsOf(weekly);
    expect(more).toEqual([]);
    const monday = digestPeriodBefore("weekly", nextMonday).start.toISOString().slice(0, 10);
    expect(digest!.subject).toBe(`Capacitas: 3 unread notices of the week from ${monday}`);
    expect(digest!.text).toContain(`from the week that began on ${monday}:`);
  });
});

describe("the digest choice", () => {
  it("is saved with the e-mail choices and audited; an unknown frequency is refused and changes nothing", async () => {
    const person = await createTestMember(workspaceId, "VIEWER");
    expect((await getEmailPreferences(person)).digest).toBe("none");
    expect(await updateEmailPreferences(person, { emailKinds: ALL_KINDS, digest: "weekly" })).toEqual({ changed: true });
    expect((await getEmailPreferences(person)).digest).toBe("weekly");
    // Left out, the digest stays as it was.
    expect(await updateEmailPreferences(person, { emailKinds: ALL_KINDS })).toEqual({ changed: false });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.email-preferences-changed", entityId: person.user.id } });
    expect(event.after).toMatchObject({ digest: "weekly" });

    const before = await snapshotDatabase();
    expect((await catchAppError(updateEmailPreferences(person, { emailKinds: [], digest: "hourly" }))).code).toBe("BAD_REQUEST");
    expect(await snapshotDatabase()).toEqual(before);
  });
});

describe("periods", () => {
  it("are yesterday for a daily digest and last Monday to Sunday for a weekly one, in UTC", () => {
    const wednesday = new Date("2026-12-02T00:30:00Z");
    expect(digestPeriodBefore("daily", wednesday)).toEqual({
      key: "day:2026-12-01",
      start: new Date("2026-12-01T00:00:00Z"),
      end: new Date("2026-12-02T00:00:00Z"),
    });
    expect(digestPeriodBefore("weekly", wednesday)).toEqual({
      key: "week:2026-11-23",
      start: new Date("2026-11-23T00:00:00Z"),
      end: new Date("2026-11-30T00:00:00Z"),
    });
    expect(digestPeriodBefore("weekly", new Date("2026-11-30T00:00:00Z")).key).toBe("week:2026-11-23");
    expect(digestPeriodBefore("weekly", new Date("2026-11-29T23:59:59Z")).key).toBe("week:2026-11-16");
  });
});
