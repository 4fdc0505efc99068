import "server-only";
import { db } from "@/lib/db";
import { claimedJobWhere, type JobClaim } from "./job-claim";

/**
 * Ends an attempt that stopped without recording its outcome (its process crashed or could
 * not start) as failed. Fenced by the claim: if the attempt had been given up on and the job
 * handed to another runner, this changes nothing.
 */
export async function failJobAttempt(claim: JobClaim, message: string, now: Date): Promise<boolean> {
  const { count } = await db.job.updateMany({
    where: claimedJobWhere(claim),
    data: { status: "FAILED", error: message.slice(0, 2000), finishedAt: now },
  });
  return count === 1;
}
