import { apiRoute } from "@/lib/api/api-route";
import { fileResponse } from "@/lib/api/file-response";
import { exportMatrixVersion } from "@/lib/frameworks/editor/export-matrix-version";
import { workbookLocale } from "@/lib/api/schemas";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A framework version as a matrix workbook, which imports back as the same version. */
export const GET = apiRoute<{ code: string; number: string }>(async ({ request, access, params }) => {
  const file = await exportMatrixVersion(access, { frameworkCode: params.code, versionNumber: params.number }, workbookLocale(request));
  return fileResponse({ bytes: file.bytes, fileName: file.fileName, contentType: XLSX });
});
