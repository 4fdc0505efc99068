import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { exportFramework } from "@/lib/exports/export-framework";
import { importOpenSdg } from "@/lib/open-sdg/import-open-sdg";
import { readOpenSdgZip } from "@/lib/open-sdg/read-open-sdg-source";
import { fileStorage } from "@/lib/storage/file-storage";
import type { FrameworkExportParams, JobKind, OpenSdgImportParams } from "./job-kinds";
import { JOB_FILE_LIFETIME_MS } from "./job-limits";
import type { ProgressReporter } from "./progress-reporter";

export type JobOutcome = { result: unknown; outputFileId?: string };

type HandlerArgs<P> = { job: { id: string; inputFileId: string | null }; access: AccessContext; params: P; progress: ProgressReporter };

/** What each kind of job does, on whichever server claimed it; its files are in the shared storage. */
export const JOB_HANDLERS: {
  [K in JobKind]: (args: HandlerArgs<K extends "open-sdg-import" ? OpenSdgImportParams : FrameworkExportParams>) => Promise<JobOutcome>;
} = {
  "open-sdg-import": async ({ job, access, params, progress }) => {
    const input = job.inputFileId ? await fileStorage().read(job.inputFileId) : null;
    if (!input) throw new Error("The import job's uploaded file is missing");
    const source = readOpenSdgZip(input.bytes);
    const report = await importOpenSdg(access, source, params as OpenSdgImportParams, progress, { jobId: job.id });
    return { result: report };
  },
  "framework-export": async ({ access, params, progress }) => {
    const file = await exportFramework(access, params as FrameworkExportParams, progress);
    const outputFileId = await fileStorage().save({
      bytes: file.bytes,
      fileName: file.fileName,
      contentType: file.contentType,
      expiresAt: new Date(Date.now() + JOB_FILE_LIFETIME_MS),
    });
    return { result: { fileName: file.fileName, contentType: file.contentType, size: file.bytes.byteLength }, outputFileId };
  },
};
