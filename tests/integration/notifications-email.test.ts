/**
 * E-mail through the outbox (decision 030), against a real SMTP server in process: a returned
 * value reaches its focal points as a notice and an e-mail with the reason and a link; a
 * person who opted out gets the notice only; a refusing or hanging mail server loses nothing,
 * the message is retried with backoff and ends FAILED after the last attempt; two senders
 * never send one message twice.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getAppUrl } from "@/lib/env";
import { reviewCycleValues } from "@/lib/monitoring/review-cycle-values";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { submitCycleValues } from "@/lib/monitoring/submit-cycle-values";
import { OUTBOX_MAX_ATTEMPTS, retryDelayMs } from "@/lib/notifications/outbox-limits";
import { createOutboxSender } from "@/lib/notifications/outbox-sender";
import { createSmtpTransport } from "@/lib/notifications/smtp-transport";
import { updateEmailPreferences } from "@/lib/notifications/update-email-preferences";
import { setOwnLanguage } from "@/lib/users/set-own-language";
import type { AccessContext } from "@/lib/auth/access-context";
import {
  createMonitoringMembers,
  createTestCycle,
  createTestMember,
  createTestWorkspace,
  findTestValue,
  type MonitoringMembers,
} from "../fixtures/factories";
import { startSmtpTestServer, type SmtpTestServer } from "../fixtures/smtp-test-server";

const FROM = "Capacitas <no-reply@capacitas.test>";
const REASON = "Check the survey: 50 % looks high";

let smtp: SmtpTestServer;
let workspaceId: string;
let members: MonitoringMembers;
let optedOut: AccessContext;
const previousSmtpUrl = process.env.SMTP_URL;

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  process.env.SMTP_URL = smtp.url;
  ({ workspaceId } = await createTestWorkspace());
  members = await createMonitoringMembers(workspaceId);
  optedOut = await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" });
  await updateEmailPreferences(optedOut, { emailKinds: ["deadline-reminder"] });
});

afterAll(async () => {
  if (previousSmtpUrl === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = previousSmtpUrl;
  await smtp.close();
});

afterEach(() => {
  smtp.behaviour = "accept";
  smtp.received.length = 0;
});

/** A cycle in which the MLSP focal point submitted A1.1, and the secretariat returned it. */
async function returnOneValue(): Promise<{ valueId: string; frameworkCode: string }> {
  const { framework, target } = await createTestCycle(workspaceId, members.secretariat);
  await saveCycleValues(members.mlsp, target, [{ indicator: "A1.1", value: 10, version: null }]);
  await submitCycleValues(members.mlsp, target);
  await reviewCycleValues(members.secretariat, target, { decisions: [{ indicator: "A1.1", decision: "return", reason: REASON }] });
  const value = await findTestValue(framework, "A1.1");
  return { valueId: value!.id, frameworkCode: framework.code };
}

function sender(senderId: string, now: () => Date = () => new Date(), timeoutMs?: number) {
  return createOutboxSender({ senderId, transport: createSmtpTransport(smtp.url, { timeoutMs }), from: FROM, now, queuesReminders: false });
}

async function outboxOf(valueId: string) {
  return db.outboxMessage.findMany({ where: { kind: "value-returned", text: { contains: valueId } }, orderBy: { toAddress: "asc" } });
}

describe("a returned value", () => {
  it("reaches its focal points as notices, and by e-mail those who did not opt out, with reason, subject and link", async () => {
    const { valueId } = await returnOneValue();

    const notices = await db.notification.findMany({ where: { kind: "value-returned", link: `/values/${valueId}` } });
    expect(notices.map((notice) => notice.userId).sort()).toEqual([members.mlsp.user.id, optedOut.user.id].sort());
    expect(notices[0]!.body).toContain(REASON);
    // Queued in the review's transaction, not sent by it: nothing reached the server yet.
    expect(smtp.received).toEqual([]);
    expect((await outboxOf(valueId)).map((message) => [message.toAddress, message.status])).toEqual([[members.mlsp.user.email, "PENDING"]]);

    expect(await sender("server-a").pollOnce()).toMatchObject({ sent: 1, failed: 0 });
    const mine = smtp.received.filter((mail) => mail.text.includes(valueId));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.to).toEqual([members.mlsp.user.email]);
    expect(mine[0]!.from).toBe("no-reply@capacitas.test");
    expect(mine[0]!.subject).toMatch(/^Value returned: A1\.1 2025$/);
    expect(mine[0]!.text).toContain(`${getAppUrl()}/values/${valueId}`);
    expect(mine[0]!.text).toContain(`Reason: ${REASON}`);
    expect(smtp.received.some((mail) => mail.to.includes(optedOut.user.email))).toBe(false);
    expect((await outboxOf(valueId))[0]).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
  });

  it("is not sent twice when two servers' senders poll at the same time", async () => {
    const { valueId } = await returnOneValue();
    await Promise.all([sender("server-a").pollOnce(), sender("server-b").pollOnce(), sender("server-c").pollOnce()]);
    expect(smtp.received.filter((mail) => mail.text.includes(valueId))).toHaveLength(1);
    expect((await outboxOf(valueId))[0]).toMatchObject({ status: "SENT", attempts: 1 });
  });
});

describe("a mail server that refuses or hangs", () => {
  it("loses nothing: the message waits with backoff, is retried, and is sent once the server accepts", async () => {
    const { valueId } = await returnOneValue();
    let clock = new Date();
    const sending = sender("server-a", () => clock);

    smtp.behaviour = "refuse";
    expect(await sending.pollOnce()).toMatchObject({ sent: 0, failed: 1 });
    const [waiting] = await outboxOf(valueId);
    expect(waiting).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(waiting!.lastError).toMatch(/Mailbox unavailable/);
    expect(waiting!.nextAttemptAt.getTime()).toBe(clock.getTime() + retryDelayMs(1));

    // Not before its time, even with the server back.
    smtp.behaviour = "accept";
    await sending.pollOnce();
    expect(smtp.received.filter((mail) => mail.text.includes(valueId))).toEqual([]);

    clock = new Date(clock.getTime() + retryDelayMs(1));
    expect(await sending.pollOnce()).toMatchObject({ sent: 1 });
    expect(smtp.received.filter((mail) => mail.text.includes(valueId))).toHaveLength(1);
    expect((await outboxOf(valueId))[0]).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
  });

  it("counts a timeout as a failed attempt, and after the last attempt shows the message as FAILED", async () => {
    const { valueId } = await returnOneValue();
    let clock = new Date();
    const sending = sender("server-a", () => clock, 300);

    smtp.behaviour = "hang";
    expect(await sending.pollOnce()).toMatchObject({ failed: 1 });
    expect((await outboxOf(valueId))[0]).toMatchObject({ status: "PENDING", attempts: 1 });

    smtp.behaviour = "refuse";
    for (let attempt = 2; attempt <= OUTBOX_MAX_ATTEMPTS; attempt += 1) {
      clock = new Date(clock.getTime() + retryDelayMs(attempt - 1));
      await sending.pollOnce();
    }
    const [failed] = await outboxOf(valueId);
    expect(failed).toMatchObject({ status: "FAILED", attempts: OUTBOX_MAX_ATTEMPTS });
    // A failed e-mail never took the notice or the decision with it.
    expect(await db.indicatorValue.findUniqueOrThrow({ where: { id: valueId } })).toMatchObject({
      status: "RETURNED",
      returnReason: REASON,
    });
    expect(await db.notification.count({ where: { link: `/values/${valueId}`, userId: members.mlsp.user.id } })).toBe(1);

    smtp.behaviour = "accept";
    clock = new Date(clock.getTime() + 24 * 60 * 60 * 1000);
    await sending.pollOnce();
    expect(smtp.received.filter((mail) => mail.text.includes(valueId))).toEqual([]);
  });
});

// Last: it adds a second MLSP focal point, who would receive the other tests' messages too.
describe("messages in the person's language", () => {
  it("write a Romanian focal point's e-mail and notice in Romanian, and an English one's in English", async () => {
    const romanian = await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" });
    await setOwnLanguage(romanian, "ro");
    const { valueId } = await returnOneValue();

    const notices = await db.notification.findMany({ where: { link: `/values/${valueId}` } });
    expect(notices.find((notice) => notice.userId === romanian.user.id)).toMatchObject({
      title: "Valoare returnată: A1.1 2025",
      body: expect.stringContaining(`Motiv: ${REASON}`),
    });
    expect(notices.find((notice) => notice.userId === members.mlsp.user.id)!.title).toBe("Value returned: A1.1 2025");

    await sender("server-a").pollOnce();
    const [mail] = smtp.received.filter((received) => received.to.includes(romanian.user.email));
    expect(mail!.subject).toBe("Valoare returnată: A1.1 2025");
    expect(mail!.text).toMatch(new RegExp(`Deschideți în Capacitas:\\r?\\n${getAppUrl()}/values/${valueId}`));
    expect(mail!.text).toContain(`pe pagina contului dumneavoastră: ${getAppUrl()}/account#e-mail`);
    expect(smtp.received.find((received) => received.to.includes(members.mlsp.user.email))!.text).toContain("Open it in Capacitas:");
  });
});
