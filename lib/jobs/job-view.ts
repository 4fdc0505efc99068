import { z } from "zod";
import { APP_ERROR_STATUS, type AppErrorCode } from "@/lib/errors";
import type { Job } from "@/lib/generated/prisma/client";
import type { LibTranslator } from "@/lib/i18n/lib-translator";
import { wordResultTexts } from "./job-result-texts";
import { readJobText } from "./job-text";

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

/**
 * Progress and stage come from the job's row, which its runner keeps current on whatever server
 * it runs. With a translator, the stage, error and the keyed texts of the result (an import's
 * warnings and refusals) are worded in its language; without, English.
 */
export function toJobView(job: Job, translator?: LibTranslator): JobView {
  const word = (stored: unknown, english: string | null) => {
    const text = translator ? readJobText(stored, english) : null;
    return text && translator ? translator.text(text) : english;
  };
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    progress: job.progress,
    stage: word(job.stageText, job.stage),
    error: word(job.errorText, job.error),
    result: translator && job.result !== null ? wordResultTexts(job.result, translator) : (job.result ?? null),
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
    fileUrl: job.status === "SUCCEEDED" && job.outputFileId ? `/api/v1/jobs/${job.id}/file` : null,
  };
}
