import { apiJson } from "@/lib/api/api-response";
import { readJsonBody, requireNoQuery } from "@/lib/api/schemas";
import { apiRoute } from "@/lib/api/api-route";
import { createJob } from "@/lib/jobs/create-job";
import { startJobRequestSchema } from "@/lib/jobs/job-kinds";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { libText } from "@/lib/i18n/lib-text";

/**
 * Starts a background export: { kind: "framework-export", params: { frameworkCode, format, year,
 * from, to, includeProvisional, dataset } }. Answers 202 with the job; poll GET /api/v1/jobs/{id}
 * and fetch its fileUrl when it has succeeded. (Open SDG imports start at /api/v1/imports/open-sdg.)
 */
export const POST = apiRoute(async ({ request, access }) => {
  requireNoQuery(request);
  const body = parseOrThrow(startJobRequestSchema, await readJsonBody(request), libText("errors.requestNotValid"));
  const job = await createJob(access, body.kind, body.params);
  return apiJson(job, { status: 202 });
});
