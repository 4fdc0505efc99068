import { apiJson, requestTranslator, searchParamsOf } from "@/lib/api/api-response";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { apiRoute } from "@/lib/api/api-route";
import { fileResponse } from "@/lib/api/file-response";
import { exportQuerySchema } from "@/lib/api/schemas";
import { createJob } from "@/lib/jobs/create-job";
import { getJob } from "@/lib/jobs/get-job";
import { waitForJob } from "@/lib/jobs/wait-for-job";
import { readJobFile } from "@/lib/jobs/read-job-file";
import { AppError } from "@/lib/errors";
import { jobFailureSchema } from "@/lib/jobs/job-view";
import { problemsFromJson } from "@/lib/problems/problems-json";
import { libText } from "@/lib/i18n/lib-text";

/** How long the request waits for the file before answering 202 with the job to poll instead. */
const WAIT_MS = 120_000;

/**
 * The framework exported as a file: ?format=pdf|docx|xlsx|csv|json|sdmx-csv|open-sdg, with
 * year= (a report's year; data up to it), from= and to=, provisional=true and, for SDMX,
 * dataset=values|scores. The file is made in a background job, so the server keeps answering
 * others meanwhile; this request waits for it (202 with the job if it takes too long).
 */
export const GET = apiRoute<{ code: string }>(async ({ request, access, params }) => {
  const query = parseOrThrow(exportQuerySchema, searchParamsOf(request), libText("errors.queryNotValid"));
  const job = await createJob(access, "framework-export", { ...query, frameworkCode: params.code });
  await waitForJob(job.id, WAIT_MS);
  // Its error, when it failed, in the language the request asks for.
  const finished = await getJob(access, job.id, await requestTranslator(request));
  if (finished.status === "FAILED") {
    // The job kept the expected failure's code (e.g. FORBIDDEN); anything else was a server error.
    const failure = jobFailureSchema.safeParse(finished.result);
    if (failure.success)
      throw new AppError(failure.data.code, finished.error ?? libText("errors.exportFailed"), {
        problems: problemsFromJson({ fieldErrors: failure.data.fieldErrors }),
      });
    throw new Error(`Export job ${job.id} failed: ${finished.error}`);
  }
  if (finished.status !== "SUCCEEDED") return apiJson(finished, { status: 202 });
  return fileResponse(await readJobFile(access, job.id));
});
