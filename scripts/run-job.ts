// The process one attempt at a background job runs in (started by
// lib/jobs/run-job-in-child-process.ts, never by hand):
// `node --import ./scripts/server-only-hook.mjs --import tsx scripts/run-job.ts <job id> <runner id> <attempt>`.
// Progress goes to the parent over IPC; the outcome is written to the job's row.
import { db } from "@/lib/db";
import { runJob } from "@/lib/jobs/run-job";

const [jobId, runnerId, attemptText] = process.argv.slice(2);
const attempt = Number(attemptText);
if (!jobId || !runnerId || !Number.isInteger(attempt)) {
  console.error("Usage: scripts/run-job.ts <job id> <runner id> <attempt>");
  process.exit(2);
}

// The server that started us is gone (killed, crashed): stop too, so that the job's open
// transaction rolls back and another server's runner takes the job once its heartbeat is stale.
// The channel may have closed while this process was still loading, before the listener.
process.on("disconnect", () => process.exit(1));
if (!process.connected) process.exit(1);

runJob({ jobId, runnerId, attempt }, (fraction, stage) => process.send?.({ progress: fraction, stage }))
  .then(() => db.$disconnect())
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
