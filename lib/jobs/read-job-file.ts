import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { AppError } from "@/lib/errors";
import { fileStorage } from "@/lib/storage/file-storage";
import { requireOwnJob } from "./get-job";
import { libText } from "@/lib/i18n/lib-text";

/**
 * The file a finished export wrote, for its author, from the shared storage: any server
 * answers, whichever one ran the export. Gone after a day (JOB_FILE_LIFETIME_MS).
 */
export async function readJobFile(access: AccessContext, jobId: string): Promise<{ bytes: Buffer; fileName: string; contentType: string }> {
  const job = await requireOwnJob(access, jobId);
  const result = job.result as { fileName?: string; contentType?: string } | null;
  if (job.status !== "SUCCEEDED" || !job.outputFileId || !result?.fileName || !result.contentType) {
    throw new AppError("NOT_FOUND", job.status === "FAILED" ? libText("errors.jobFailedWithoutFile") : libText("errors.jobFileNotReady"));
  }
  const file = await fileStorage().read(job.outputFileId);
  if (!file) throw new AppError("NOT_FOUND", libText("errors.jobFileExpired"));
  return { bytes: file.bytes, fileName: result.fileName, contentType: result.contentType };
}
