import "server-only";
import type { Tx } from "@/lib/db";
import { getAppUrl, getEnv } from "@/lib/env";
import type { AccountEmail } from "./messages/email-text";
import { emailText } from "./messages/email-text";

/** E-mails about a person's own account: not notices, so no opt-out and no in-app copy. */
export const ACCOUNT_EMAIL_KINDS = ["invitation", "password-reset"] as const;
export type AccountEmailKind = (typeof ACCOUNT_EMAIL_KINDS)[number];

/**
 * Queues one e-mail about a person's account (an invitation, a password link) in the outbox,
 * inside the transaction that issues it, for the sender to deliver (decision 030). Returns
 * false, queuing nothing, when e-mail is off: the caller then says so or falls back.
 */
export async function queueAccountEmail(
  tx: Tx,
  message: {
    workspaceId: string | null;
    recipient: { userId: string; email: string };
    kind: AccountEmailKind;
    locale: string;
    email: AccountEmail;
    /** The path of the page where to act, e.g. /set-password/<token>. */
    link: string;
  },
): Promise<boolean> {
  const env = getEnv();
  if (!env.SMTP_URL) return false;
  const appUrl = getAppUrl(env);
  await tx.outboxMessage.create({
    data: {
      workspaceId: message.workspaceId,
      recipientUserId: message.recipient.userId,
      toAddress: message.recipient.email,
      kind: message.kind,
      locale: message.locale,
      subject: message.email.subject,
      text: emailText(message.locale, {
        body: message.email.body,
        url: `${appUrl}${message.link}`,
        appUrl,
        closing: message.email.closing,
      }),
    },
  });
  return true;
}
