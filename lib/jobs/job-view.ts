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

/** Progress and stage come from the job's row, which its runner keeps current on whatever server it runs. */
export function toJobView(job: Job): JobView {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    progress: job.progress,
    stage: job.stage,
    error: job.error,
    result: job.result ?? null,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
    fileUrl: job.status === "SUCCEEDED" && job.outputFileId ? `/api/v1/jobs/${job.id}/file` : null,
  };
}
