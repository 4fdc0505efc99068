import { apiRoute } from "@/lib/api/api-route";
import { fileResponse } from "@/lib/api/file-response";
import { exportMatrixTemplate } from "@/lib/frameworks/editor/export-matrix-template";
import { workbookLocale } from "@/lib/api/schemas";

/** A blank matrix workbook with the workspace's institutions and dimensions. */
export const GET = apiRoute(async ({ request, access }) => {
  const file = await exportMatrixTemplate(access, workbookLocale(request));
  return fileResponse({
    bytes: file.bytes,
    fileName: file.fileName,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
});
