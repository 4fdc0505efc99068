import { z } from "zod";
import { searchParamsOf } from "@/lib/api/api-response";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { apiRoute } from "@/lib/api/api-route";
import { fileResponse } from "@/lib/api/file-response";
import { cyclePathSchema } from "@/lib/api/schemas";
import { buildValuesTemplate } from "@/lib/uploads/build-values-template";
import { libText, zodMessage } from "@/lib/i18n/lib-text";

const templateQuerySchema = z.strictObject({
  format: z.enum(["xlsx", "csv"], { message: zodMessage("validation.formatXlsxOrCsv") }).default("xlsx"),
});

/** The caller's institution's values spreadsheet for a cycle, pre-filled: ?format=xlsx (default) or csv. */
export const GET = apiRoute<{ framework: string; year: string }>(async ({ request, access, params }) => {
  const { framework, year } = parseOrThrow(cyclePathSchema, params, libText("errors.addressNotValid"));
  const { format } = parseOrThrow(templateQuerySchema, searchParamsOf(request), libText("errors.queryNotValid"));
  const template = await buildValuesTemplate(access, { frameworkCode: framework, year }, format);
  return fileResponse({ bytes: template.body, fileName: template.fileName, contentType: template.contentType });
});
