import "server-only";
import { db } from "@/lib/db";
import { claimedJobWhere, type JobClaim } from "./job-claim";

/**
 * The runner's sign that an attempt is alive, with the progress the job last reported (so that
 * any server answers how far it has come). Answers false when the attempt no longer holds the
 * job: it was given up on and handed to another runner, or it has ended.
 */
export async function recordJobHeartbeat(
  claim: JobClaim,
  now: Date,
  progress: { fraction: number; stage: string } | null,
): Promise<boolean> {
  const { count } = await db.job.updateMany({
    where: claimedJobWhere(claim),
    data: {
      heartbeatAt: now,
      ...(progress ? { progress: Math.round(Math.min(1, Math.max(0, progress.fraction)) * 100), stage: progress.stage.slice(0, 300) } : {}),
    },
  });
  return count === 1;
}
