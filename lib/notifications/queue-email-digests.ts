import "server-only";
import { systemActor } from "@/lib/audit/audit-actions";
import { runMutation } from "@/lib/audit/run-mutation";
import { db, type DbClient, type Tx } from "@/lib/db";
import { getAppUrl, getEnv } from "@/lib/env";
import { asAppError } from "@/lib/errors";
import { DIGEST_FREQUENCIES } from "./digest-frequency";
import { digestPeriodBefore, type DigestPeriod } from "./digest-periods";
import { digestEmail } from "./messages/digest-email";
import { emailText } from "./messages/email-text";
import { emailLocale } from "./messages/email-translator";
import { libText } from "@/lib/i18n/lib-text";

export type DigestRun = { emails: number; notices: number };

/** People whose digests one transaction queues: a batch's inserts stay short under SQLite's write lock. */
const PEOPLE_PER_TRANSACTION = 100;

/**
 * Queues the daily and weekly digests due at `now` (an injected clock, as the deadline
 * reminders): for each active person who chose a digest, one e-mail listing their unread
 * notices of the period just ended (yesterday, or last week), in every workspace where they
 * are still a member, in their language, with a link to each notice's page. Nobody gets an
 * empty digest. E-mail only: without SMTP_URL nothing is queued (the notices are in the
 * application already). Exactly once per person and period: the EmailDigest key is checked
 * again inside the transaction and refuses a concurrent insert by another server (decision 037).
 */
export async function queueEmailDigests(now: Date): Promise<DigestRun> {
  const run: DigestRun = { emails: 0, notices: 0 };
  if (!getEnv().SMTP_URL) return run;
  for (const frequency of DIGEST_FREQUENCIES) {
    if (frequency === "none") continue;
    const period = digestPeriodBefore(frequency, now);
    // Most hours find nobody: a read outside any transaction keeps them from taking the write lock.
    const due = await findDueDigests(db, frequency, period);
    for (let start = 0; start < due.length; start += PEOPLE_PER_TRANSACTION) {
      const userIds = due.slice(start, start + PEOPLE_PER_TRANSACTION).map((person) => person.userId);
      const queued = await queueDigestBatch(frequency, period, userIds).catch((error: unknown) => {
        // Another server queued (some of) these people's digests first: theirs stand, and the
        // rest of this batch is picked up at the next run, since it has no key yet.
        if (asAppError(error)?.code === "CONFLICT") return { emails: 0, notices: 0 };
        throw error;
      });
      run.emails += queued.emails;
      run.notices += queued.notices;
    }
  }
  return run;
}

async function queueDigestBatch(frequency: "daily" | "weekly", period: DigestPeriod, userIds: string[]): Promise<DigestRun> {
  const appUrl = getAppUrl();
  const day = period.start.toISOString().slice(0, 10);
  return runMutation(systemActor("email-digests"), async (tx, audit) => {
    const due = await findDueDigests(tx, frequency, period, userIds);
    if (due.length === 0) return { emails: 0, notices: 0 };
    await tx.emailDigest.createMany({
      data: due.map((person) => ({ userId: person.userId, period: period.key, notices: person.notices.length })),
    });
    await tx.outboxMessage.createMany({
      data: due.map((person) => {
        const { subject, body } = digestEmail(person.locale, { frequency, day, appUrl, notices: person.notices });
        const workspaces = new Set(person.notices.map((notice) => notice.workspaceId));
        return {
          // A digest of one workspace counts on that workspace's e-mail page; one of several on none.
          workspaceId: workspaces.size === 1 ? [...workspaces][0]! : null,
          recipientUserId: person.userId,
          toAddress: person.email,
          kind: "digest",
          locale: person.locale,
          subject,
          text: emailText(person.locale, { body, url: `${appUrl}/notifications`, appUrl }),
        };
      }),
    });
    await audit.many(
      due.map((person) => ({
        workspaceId: null,
        action: "user.digest-queued" as const,
        entityType: "User" as const,
        entityId: person.userId,
        summary:
          frequency === "daily"
            ? libText("auditSummaries.dailyDigestQueued", { count: person.notices.length, period: period.key, email: person.email })
            : libText("auditSummaries.weeklyDigestQueued", { count: person.notices.length, period: period.key, email: person.email }),
      })),
    );
    return { emails: due.length, notices: due.reduce((sum, person) => sum + person.notices.length, 0) };
  });
}

type DueDigest = {
  userId: string;
  email: string;
  locale: string;
  notices: { title: string; link: string; workspaceId: string }[];
};

/**
 * People of this frequency without a digest for the period, with their unread notices created
 * in it, in workspaces where they are still an active member; people with none are left out.
 */
async function findDueDigests(
  client: DbClient | Tx,
  frequency: "daily" | "weekly",
  period: DigestPeriod,
  userIds?: readonly string[],
): Promise<DueDigest[]> {
  const unreadInPeriod = { readAt: null, createdAt: { gte: period.start, lt: period.end } };
  const people = await client.user.findMany({
    where: {
      ...(userIds ? { id: { in: [...userIds] } } : {}),
      isActive: true,
      digestFrequency: frequency,
      emailDigests: { none: { period: period.key } },
      notifications: { some: unreadInPeriod },
    },
    orderBy: { id: "asc" },
    select: {
      id: true,
      email: true,
      locale: true,
      memberships: {
        where: { isActive: true },
        orderBy: { createdAt: "asc" },
        select: { workspaceId: true, workspace: { select: { defaultLocale: true } } },
      },
      notifications: {
        where: unreadInPeriod,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { title: true, link: true, workspaceId: true },
      },
    },
  });
  return people.flatMap((person) => {
    const memberOf = new Set(person.memberships.map((membership) => membership.workspaceId));
    const notices = person.notifications.filter((notice) => memberOf.has(notice.workspaceId));
    if (notices.length === 0) return [];
    const locale = emailLocale(person.locale, person.memberships[0]?.workspace.defaultLocale);
    return [{ userId: person.id, email: person.email, locale, notices }];
  });
}
