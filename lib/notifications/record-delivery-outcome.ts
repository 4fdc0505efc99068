import "server-only";
import { db } from "@/lib/db";
import type { ClaimedMessage } from "./claim-due-outbox-messages";
import { OUTBOX_MAX_ATTEMPTS, retryDelayMs } from "./outbox-limits";
import { ACCOUNT_EMAIL_KINDS } from "./queue-account-email";

/** What a delivered account e-mail's text becomes: a record in the outbox, which no page shows, so it stays English. */
export const SENT_LINK_REMOVED = "(Sent. The one-time link it held is not kept.)";

/**
 * Records how an attempt ended, fenced by the claim (sender and attempt): a sender that was
 * given up on as stale changes nothing when it wakes. A failure is retried after an
 * exponentially growing wait, and after the last attempt the message is FAILED, which
 * administrators see on the e-mail page.
 */
export async function recordDeliveryOutcome(
  senderId: string,
  message: ClaimedMessage,
  outcome: { ok: true } | { ok: false; error: string },
  now: Date,
): Promise<void> {
  const fence = { id: message.id, status: "SENDING" as const, claimedBy: senderId, attempts: message.attempts };
  if (outcome.ok) {
    // An account e-mail's text holds a one-time link: once delivered, the outbox keeps no copy of it.
    const isAccountEmail = (ACCOUNT_EMAIL_KINDS as readonly string[]).includes(message.kind);
    await db.outboxMessage.updateMany({
      where: fence,
      data: { status: "SENT", sentAt: now, lastError: null, claimedBy: null, ...(isAccountEmail ? { text: SENT_LINK_REMOVED } : {}) },
    });
    return;
  }
  const isLastAttempt = message.attempts >= OUTBOX_MAX_ATTEMPTS;
  await db.outboxMessage.updateMany({
    where: fence,
    data: {
      status: isLastAttempt ? "FAILED" : "PENDING",
      lastError: outcome.error.slice(0, 1000),
      claimedBy: null,
      nextAttemptAt: new Date(now.getTime() + retryDelayMs(message.attempts)),
    },
  });
}
