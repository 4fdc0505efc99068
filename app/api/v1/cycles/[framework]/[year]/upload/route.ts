import { apiJson, searchParamsOf } from "@/lib/api/api-response";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { dryRunQuerySchema } from "@/lib/validation/input-schemas";
import { apiRoute } from "@/lib/api/api-route";
import { cyclePathSchema } from "@/lib/api/schemas";
import { requirePermission } from "@/lib/auth/authorize";
import { importValuesFile } from "@/lib/uploads/import-values-file";
import { readUploadRequest } from "@/lib/uploads/read-upload-request";
import { libText } from "@/lib/i18n/lib-text";

/**
 * Imports a filled-in values spreadsheet (multipart field "file", or the raw .xlsx / CSV body),
 * all-or-nothing; ?dryRun=true only checks it. Problems come back by line and column.
 */
export const POST = apiRoute<{ framework: string; year: string }>(async ({ request, access, params }) => {
  const { framework, year } = parseOrThrow(cyclePathSchema, params, libText("errors.addressNotValid"));
  const { dryRun } = parseOrThrow(dryRunQuerySchema, searchParamsOf(request), libText("errors.queryNotValid"));
  // Refuse before reading a file the caller may not send.
  requirePermission(access, "values.enter");
  const file = await readUploadRequest(request);
  return apiJson(await importValuesFile(access, { frameworkCode: framework, year }, file, { dryRun }));
});
