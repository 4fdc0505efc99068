import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { NOTIFICATION_KINDS, type NotificationKind } from "./notification-kinds";

export type EmailPreferences = { isEmailOn: boolean; kinds: { kind: NotificationKind; byEmail: boolean }[] };

/** The person's own choice of notices by e-mail (all by default), and whether e-mail is on at all. */
export async function getEmailPreferences(access: AccessContext): Promise<EmailPreferences> {
  const optOuts = await db.emailOptOut.findMany({ where: { userId: access.user.id }, select: { kind: true } });
  const off = new Set(optOuts.map((entry) => entry.kind));
  return {
    isEmailOn: getEnv().SMTP_URL !== undefined,
    kinds: NOTIFICATION_KINDS.map((kind) => ({ kind, byEmail: !off.has(kind) })),
  };
}
