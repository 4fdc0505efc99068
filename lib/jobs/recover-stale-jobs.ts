import "server-only";
import { db } from "@/lib/db";
import { libText } from "@/lib/i18n/lib-text";
import { JOB_STALE_AFTER_MS, MAX_JOB_ATTEMPTS } from "./job-limits";
import { storedJobText } from "./job-text";

const LOST_SERVER = libText("errors.jobServerLost");
export const LOST_SERVER_MESSAGE = LOST_SERVER.english;
const WAITING_AGAIN = libText("jobStages.waitingAgain");

/**
 * Any runner, on any server: RUNNING jobs whose runner has not sent a heartbeat for
 * JOB_STALE_AFTER_MS lost their server (killed, crashed, cut off). Each goes back to the queue
 * for another runner, once (MAX_JOB_ATTEMPTS), or ends as failed with a message saying so,
 * rather than leave people watching a frozen bar. The update repeats the heartbeat it saw in
 * its `where`, so a heartbeat that arrives meanwhile wins and the job stays with its runner.
 */
export async function recoverStaleJobs(
  now: Date,
  options: { exceptRunnerId?: string } = {},
): Promise<{ requeued: number; failed: number }> {
  const stale = await db.job.findMany({
    where: {
      status: "RUNNING",
      OR: [{ heartbeatAt: { lt: new Date(now.getTime() - JOB_STALE_AFTER_MS) } }, { heartbeatAt: null }],
      // A runner knows its own attempts are alive, even when its heartbeats could not be written
      // (SQLite's write lock held by a long import): only other runners judge them.
      ...(options.exceptRunnerId ? { NOT: { claimedBy: options.exceptRunnerId } } : {}),
    },
    select: { id: true, claimedBy: true, heartbeatAt: true, attempts: true },
  });
  let requeued = 0;
  let failed = 0;
  for (const job of stale) {
    const unchanged = {
      id: job.id,
      status: "RUNNING" as const,
      claimedBy: job.claimedBy,
      heartbeatAt: job.heartbeatAt,
      attempts: job.attempts,
    };
    if (job.attempts < MAX_JOB_ATTEMPTS) {
      const { count } = await db.job.updateMany({
        where: unchanged,
        data: {
          status: "QUEUED",
          claimedBy: null,
          heartbeatAt: null,
          progress: 0,
          stage: WAITING_AGAIN.english,
          stageText: storedJobText(WAITING_AGAIN),
        },
      });
      requeued += count;
    } else {
      const { count } = await db.job.updateMany({
        where: unchanged,
        data: { status: "FAILED", claimedBy: null, error: LOST_SERVER.english, errorText: storedJobText(LOST_SERVER), finishedAt: now },
      });
      failed += count;
    }
  }
  return { requeued, failed };
}
