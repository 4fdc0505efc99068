import "server-only";
import fs from "node:fs";
import type { AccessContext } from "@/lib/auth/access-context";
import { AppError } from "@/lib/errors";
import { requireOwnJob } from "./get-job";
import { jobFilePath } from "./jobs-directory";

/** The file a finished export wrote, for its author; gone after a day (JOB_FILE_LIFETIME_MS). */
export async function readJobFile(access: AccessContext, jobId: string): Promise<{ bytes: Buffer; fileName: string; contentType: string }> {
  const job = await requireOwnJob(access, jobId);
  const result = job.result as { fileName?: string; contentType?: string } | null;
  if (job.status !== "SUCCEEDED" || !job.outputFile || !result?.fileName || !result.contentType) {
    throw new AppError("NOT_FOUND", job.status === "FAILED" ? "The job failed and produced no file" : "The file is not ready yet");
  }
  const file = jobFilePath(job.outputFile);
  if (!fs.existsSync(file)) throw new AppError("NOT_FOUND", "The file has expired; run the export again");
  return { bytes: fs.readFileSync(file), fileName: result.fileName, contentType: result.contentType };
}
