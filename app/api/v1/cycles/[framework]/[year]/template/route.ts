import { z } from "zod";
import { searchParamsOf } from "@/lib/api/api-response";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { apiRoute } from "@/lib/api/api-route";
import { fileResponse } from "@/lib/api/file-response";
import { cyclePathSchema, downloadLocale, workbookQuerySchema } from "@/lib/api/schemas";
import { buildValuesTemplate } from "@/lib/uploads/build-values-template";
import { libText, zodMessage } from "@/lib/i18n/lib-text";

// ?locale= named and refused as the matrix workbooks' and an export's language: a link that asks for a language gets it or is told why not.
const templateQuerySchema = workbookQuerySchema.extend({
  format: z.enum(["xlsx", "csv"], { message: zodMessage("validation.formatXlsxOrCsv") }).default("xlsx"),
});

/**
 * The caller's institution's values spreadsheet for a cycle, pre-filled: ?format=xlsx (default) or csv,
 * in the language ?locale= names (the entry page passes its own), else the one Accept-Language asks for.
 */
export const GET = apiRoute<{ framework: string; year: string }>(async ({ request, access, params }) => {
  const { framework, year } = parseOrThrow(cyclePathSchema, params, libText("errors.addressNotValid"));
  const query = parseOrThrow(templateQuerySchema, searchParamsOf(request), libText("errors.queryNotValid"));
  const locale = downloadLocale(request, query.locale);
  const template = await buildValuesTemplate(access, { frameworkCode: framework, year }, query.format, locale);
  return fileResponse({ bytes: template.body, fileName: template.fileName, contentType: template.contentType });
});
