import "server-only";
import type { Tx } from "@/lib/db";
import { getAppUrl, getEnv } from "@/lib/env";
import { emailLocale } from "./messages/email-translator";
import { emailText } from "./messages/email-text";
import type { NotificationKind } from "./notification-kinds";

/** What one person is told: the in-app notice and, unless they opted out, the e-mail. */
export type Notice = {
  userId: string;
  title: string;
  body: string;
  /** Path of the page where to act, e.g. /values/<id>; e-mails carry it as a full URL. */
  link: string;
};

/** Composes the notice of one recipient in their language (messages/<locale>/email.json, decision 029). */
export type ComposeNotice = (recipient: { userId: string; locale: string }) => Omit<Notice, "userId">;

export type QueuedNotices = { notifications: number; emails: number };

/**
 * Queues notices to people inside the transaction of the event that causes them (decision 030):
 * an in-app notification for every recipient, and an outbox e-mail for those who have an
 * address, have not opted out of this kind, and only when e-mail is configured (SMTP_URL).
 * Committed together with the event or not at all; the sender delivers the e-mail later,
 * never inside the request. Inactive people are left out.
 */
export async function queueNotices(
  tx: Tx,
  input: { workspaceId: string; kind: NotificationKind; userIds: readonly string[]; compose: ComposeNotice },
): Promise<QueuedNotices> {
  const userIds = [...new Set(input.userIds)];
  if (userIds.length === 0) return { notifications: 0, emails: 0 };
  const env = getEnv();
  const [people, workspace] = await Promise.all([
    tx.user.findMany({
      where: { id: { in: userIds }, isActive: true },
      select: { id: true, email: true, locale: true, emailOptOuts: { where: { kind: input.kind }, select: { kind: true } } },
    }),
    tx.workspace.findUniqueOrThrow({ where: { id: input.workspaceId }, select: { defaultLocale: true } }),
  ]);
  const composed = people.map((person) => {
    const locale = emailLocale(person.locale, workspace.defaultLocale);
    return { person, locale, notice: input.compose({ userId: person.id, locale }) };
  });
  await tx.notification.createMany({
    data: composed.map(({ person, notice }) => ({
      userId: person.id,
      workspaceId: input.workspaceId,
      kind: input.kind,
      title: notice.title,
      body: notice.body,
      link: notice.link,
    })),
  });
  if (!env.SMTP_URL) return { notifications: composed.length, emails: 0 };

  const appUrl = getAppUrl(env);
  const emails = composed.filter(({ person }) => person.email && person.emailOptOuts.length === 0);
  await tx.outboxMessage.createMany({
    data: emails.map(({ person, locale, notice }) => ({
      workspaceId: input.workspaceId,
      recipientUserId: person.id,
      toAddress: person.email,
      kind: input.kind,
      locale,
      subject: notice.title,
      text: emailText(locale, { body: notice.body, url: `${appUrl}${notice.link}`, appUrl }),
    })),
  });
  return { notifications: composed.length, emails: emails.length };
}
