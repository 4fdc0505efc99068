import "server-only";
import { db } from "@/lib/db";
import { OUTBOX_BATCH, OUTBOX_STALE_CLAIM_MS } from "./outbox-limits";

export type ClaimedMessage = { id: string; kind: string; toAddress: string; subject: string; text: string; attempts: number };

/**
 * Claims messages that are due for this sender. Each claim is a conditional update (PENDING
 * and due, or SENDING under a claim older than the stale limit) that only one sender can win,
 * so two servers never send one message twice while both are alive (as the job queue, decision 027).
 */
export async function claimDueOutboxMessages(senderId: string, now: Date): Promise<ClaimedMessage[]> {
  const staleBefore = new Date(now.getTime() - OUTBOX_STALE_CLAIM_MS);
  const due = {
    OR: [
      { status: "PENDING" as const, nextAttemptAt: { lte: now } },
      { status: "SENDING" as const, claimedAt: { lt: staleBefore } },
    ],
  };
  const candidates = await db.outboxMessage.findMany({
    where: due,
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: OUTBOX_BATCH,
    select: { id: true, kind: true, toAddress: true, subject: true, text: true, attempts: true },
  });
  const claimed: ClaimedMessage[] = [];
  for (const candidate of candidates) {
    const { count } = await db.outboxMessage.updateMany({
      where: { id: candidate.id, attempts: candidate.attempts, ...due },
      data: { status: "SENDING", claimedBy: senderId, claimedAt: now, attempts: { increment: 1 } },
    });
    if (count === 1) claimed.push({ ...candidate, attempts: candidate.attempts + 1 });
  }
  return claimed;
}
