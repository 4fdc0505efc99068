import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { readDigestFrequency, type DigestFrequency } from "./digest-frequency";
import { NOTIFICATION_KINDS, type NotificationKind } from "./notification-kinds";

export type EmailPreferences = { isEmailOn: boolean; kinds: { kind: NotificationKind; byEmail: boolean }[]; digest: DigestFrequency };

/** The person's own choice of notices by e-mail (all by default), their digest (none by default), and whether e-mail is on at all. */
export async function getEmailPreferences(access: AccessContext): Promise<EmailPreferences> {
  const [optOuts, user] = await Promise.all([
    db.emailOptOut.findMany({ where: { userId: access.user.id }, select: { kind: true } }),
    db.user.findUniqueOrThrow({ where: { id: access.user.id }, select: { digestFrequency: true } }),
  ]);
  const off = new Set(optOuts.map((entry) => entry.kind));
  return {
    isEmailOn: getEnv().SMTP_URL !== undefined,
    kinds: NOTIFICATION_KINDS.map((kind) => ({ kind, byEmail: !off.has(kind) })),
    digest: readDigestFrequency(user.digestFrequency),
  };
}
