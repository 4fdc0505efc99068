import { apiJson, searchParamsOf } from "@/lib/api/api-response";
import { libText } from "@/lib/i18n/lib-text";
import { apiRoute } from "@/lib/api/api-route";
import { requirePermission } from "@/lib/auth/authorize";
import {
  MAX_OPEN_SDG_ZIP_BYTES,
  OPEN_SDG_ZIP_TYPES,
  openSdgImportParamsFromQuery,
  startOpenSdgImport,
} from "@/lib/open-sdg/start-open-sdg-import";
import { readUploadRequest } from "@/lib/uploads/read-upload-request";
import { z } from "zod";
import { parseOrThrow } from "@/lib/validation/parse-input";

const OPEN_SDG_QUERY_KEYS = z.strictObject({
  framework: z.string().optional(),
  name: z.string().optional(),
  dryRun: z.string().optional(),
  periodRule: z.string().optional(),
  partial: z.string().optional(),
});

/**
 * Starts the import of an Open SDG data set: a zip of data/indicator_*.csv and meta/*.md
 * (multipart field "file", or the raw body as application/zip). ?framework=CODE (default
 * SDG-NATIONAL), ?name=..., ?dryRun=true, ?periodRule=first|last (the year a "2014/2015" is
 * stored under; last by default), ?partial=true (import what can be imported, listing what was
 * left out). Answers 202 with the job; poll its Location.
 */
export const POST = apiRoute(async ({ request, access }) => {
  // Refuse before reading a file the caller may not send.
  requirePermission(access, "frameworks.manage");
  const query = searchParamsOf(request);
  // The importer's own schema reads these keys; any other key is refused by name, not ignored.
  parseOrThrow(OPEN_SDG_QUERY_KEYS, query, libText("errors.queryNotValid"));
  const params = openSdgImportParamsFromQuery(query);
  const file = await readUploadRequest(request, {
    maxBytes: MAX_OPEN_SDG_ZIP_BYTES,
    rawTypes: OPEN_SDG_ZIP_TYPES,
    tooLargeAdvice: libText("importProblems.uploadAdviceDataSetInParts"),
  });
  const job = await startOpenSdgImport(access, file, params);
  const response = apiJson(job, { status: 202 });
  response.headers.set("Location", `/api/v1/jobs/${job.id}`);
  return response;
});
