import { apiRoute } from "@/lib/api/api-route";
import { fileResponse } from "@/lib/api/file-response";
import { workbookLocale } from "@/lib/api/schemas";
import { exportMatrixTranslations } from "@/lib/matrix-translations/export-matrix-translations";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A framework version's texts as a translation workbook: one row per text, one column per language (decision 042). */
export const GET = apiRoute<{ code: string; number: string }>(async ({ request, access, params }) => {
  const file = await exportMatrixTranslations(
    access,
    { frameworkCode: params.code, versionNumber: params.number },
    workbookLocale(request),
  );
  return fileResponse({ bytes: file.bytes, fileName: file.fileName, contentType: XLSX });
});
