import "server-only";
import { db } from "@/lib/db";
import { isLibText, libText, type LibText } from "@/lib/i18n/lib-text";
import { claimedJobWhere, type JobClaim } from "./job-claim";
import { storedJobText } from "./job-text";

/**
 * Why an attempt's process failed, keyed (decision 035) so that the job's page reads it in its
 * language; the English is the Error's message, for logs and API clients without a language.
 */
export class JobAttemptFailure extends Error {
  constructor(readonly text: LibText) {
    super(text.english);
  }
}

/** What an attempt says whose executor returned without the job recording its outcome. */
export const ENDED_WITHOUT_OUTCOME = libText("errors.jobEndedWithoutOutcome");

/** What an attempt that failed says: its failure's keyed text, or the error's own message. */
export function failureTextOf(error: unknown): LibText | string {
  if (error instanceof JobAttemptFailure && isLibText(error.text)) return error.text;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Ends an attempt that stopped without recording its outcome (its process crashed or could
 * not start) as failed. Fenced by the claim: if the attempt had been given up on and the job
 * handed to another runner, this changes nothing. A keyed failure keeps its key beside the
 * English, as a failure the job records itself does (lib/jobs/run-job.ts).
 */
export async function failJobAttempt(claim: JobClaim, failure: LibText | string, now: Date): Promise<boolean> {
  const english = typeof failure === "string" ? failure : failure.english;
  const { count } = await db.job.updateMany({
    where: claimedJobWhere(claim),
    data: {
      status: "FAILED",
      error: english.slice(0, 2000),
      ...(typeof failure === "string" ? {} : { errorText: storedJobText(failure) }),
      finishedAt: now,
    },
  });
  return count === 1;
}
