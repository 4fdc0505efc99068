// The process a background job runs in (started by lib/jobs/job-queue.ts, never by hand):
// `node --import ./scripts/server-only-hook.mjs --import tsx scripts/run-job.ts <job id>`.
// Progress goes to the parent over IPC; the outcome is written to the job's row.
import { db } from "@/lib/db";
import { runJob } from "@/lib/jobs/run-job";

const jobId = process.argv[2];
if (!jobId) {
  console.error("Usage: scripts/run-job.ts <job id>");
  process.exit(2);
}

runJob(jobId, (fraction, stage) => process.send?.({ progress: fraction, stage }))
  .then(() => db.$disconnect())
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
