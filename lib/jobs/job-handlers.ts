import "server-only";
import fs from "node:fs";
import type { AccessContext } from "@/lib/auth/access-context";
import { exportFramework } from "@/lib/exports/export-framework";
import { importOpenSdg } from "@/lib/open-sdg/import-open-sdg";
import { readOpenSdgZip } from "@/lib/open-sdg/read-open-sdg-source";
import type { FrameworkExportParams, JobKind, OpenSdgImportParams } from "./job-kinds";
import { jobFilePath } from "./jobs-directory";
import type { ProgressReporter } from "./progress-reporter";

export type JobOutcome = { result: unknown; outputFile?: string };

type HandlerArgs<P> = { job: { id: string; inputFile: string | null }; access: AccessContext; params: P; progress: ProgressReporter };

/** What each kind of job does, in the job's own process. */
export const JOB_HANDLERS: {
  [K in JobKind]: (args: HandlerArgs<K extends "open-sdg-import" ? OpenSdgImportParams : FrameworkExportParams>) => Promise<JobOutcome>;
} = {
  "open-sdg-import": async ({ job, access, params, progress }) => {
    if (!job.inputFile) throw new Error("The import job has no uploaded file");
    const source = readOpenSdgZip(fs.readFileSync(jobFilePath(job.inputFile)));
    const report = await importOpenSdg(access, source, params as OpenSdgImportParams, progress);
    return { result: report };
  },
  "framework-export": async ({ job, access, params, progress }) => {
    const file = await exportFramework(access, params as FrameworkExportParams, progress);
    const outputFile = `${job.id}.${file.extension}`;
    fs.writeFileSync(jobFilePath(outputFile), file.bytes);
    return { result: { fileName: file.fileName, contentType: file.contentType, size: file.bytes.byteLength }, outputFile };
  },
};
