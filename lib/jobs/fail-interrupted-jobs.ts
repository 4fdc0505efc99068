import "server-only";
import { db } from "@/lib/db";

/**
 * At start-up: jobs that were queued or running when the server stopped will never finish
 * (their process went with it). Say so, rather than leave people watching a frozen bar.
 */
export async function failInterruptedJobs(): Promise<number> {
  const { count } = await db.job.updateMany({
    where: { status: { in: ["QUEUED", "RUNNING"] } },
    data: { status: "FAILED", error: "The server restarted before the job finished; please run it again.", finishedAt: new Date() },
  });
  return count;
}
