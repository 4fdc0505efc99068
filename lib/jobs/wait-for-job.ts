import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db";

/**
 * Resolves when the job has ended (whatever the outcome), or after the timeout. It reads the
 * job's row, since any server may be running it; the pause between reads grows from 50 ms to
 * 500 ms, so a quick export answers quickly and a long one costs few reads.
 */
export async function waitForJob(jobId: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let pause = 50;
  for (;;) {
    const job = await db.job.findUnique({ where: { id: jobId }, select: { status: true } });
    if (!job || (job.status !== "QUEUED" && job.status !== "RUNNING")) return;
    const left = deadline - Date.now();
    if (left <= 0) return;
    await sleep(Math.min(pause, left));
    pause = Math.min(500, pause * 2);
  }
}
