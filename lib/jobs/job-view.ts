import { z } from "zod";
import { APP_ERROR_STATUS, type AppErrorCode } from "@/lib/errors";
import type { Job } from "@/lib/generated/prisma/client";

/** What a job that failed with an expected error keeps as its result (lib/jobs/run-job.ts). */
export const jobFailureSchema = z.object({
  code: z.enum(Object.keys(APP_ERROR_STATUS) as [AppErrorCode, ...AppErrorCode[]]),
  fieldErrors: z.record(z.string(), z.array(z.string())).nullable().optional(),
  details: z.unknown().optional(),
});

/** A job as people and API clients see it. */
export type JobView = {
  id: string;
  kind: string;
  status: Job["status"];
  /** 0-100. */
  progress: number;
  stage: string | null;
  error: string | null;
  result: unknown;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** Where to fetch the file an export produced, once it succeeded. */
  fileUrl: string | null;
};

export function toJobView(job: Job, live: { progress: number; stage: string } | null): JobView {
  const running = job.status === "RUNNING" || job.status === "QUEUED";
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    progress: running && live ? Math.round(live.progress * 100) : job.progress,
    stage: running && live ? live.stage : job.stage,
    error: job.error,
    result: job.result ?? null,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
    fileUrl: job.status === "SUCCEEDED" && job.outputFile ? `/api/v1/jobs/${job.id}/file` : null,
  };
}
