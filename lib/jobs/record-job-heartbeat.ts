import "server-only";
import { db } from "@/lib/db";
import type { LibText } from "@/lib/i18n/lib-text";
import { claimedJobWhere, type JobClaim } from "./job-claim";
import { storedJobText } from "./job-text";

/**
 * The runner's sign that an attempt is alive, with the progress the job last reported (so that
 * any server answers how far it has come). Answers false when the attempt no longer holds the
 * job: it was given up on and handed to another runner, or it has ended.
 */
export async function recordJobHeartbeat(
  claim: JobClaim,
  now: Date,
  progress: { fraction: number; stage: LibText } | null,
): Promise<boolean> {
  const { count } = await db.job.updateMany({
    where: claimedJobWhere(claim),
    data: {
      heartbeatAt: now,
      ...(progress
        ? {
            progress: Math.round(Math.min(1, Math.max(0, progress.fraction)) * 100),
            stage: progress.stage.english.slice(0, 300),
            stageText: storedJobText(progress.stage),
          }
        : {}),
    },
  });
  return count === 1;
}
