import type { Prisma } from "@/lib/generated/prisma/client";

/** One attempt at a job, held by one runner: what every write of that attempt is fenced by. */
export type JobClaim = { jobId: string; runnerId: string; attempt: number };

/**
 * The `where` of a write made on behalf of an attempt. Once a job has been given up on (its
 * heartbeat stopped and another runner took it, or it was failed), the old attempt's writes
 * match nothing: a server that was only slow cannot overwrite the outcome of the next attempt.
 */
export function claimedJobWhere(claim: JobClaim): Prisma.JobWhereInput {
  return { id: claim.jobId, status: "RUNNING", claimedBy: claim.runnerId, attempts: claim.attempt };
}
