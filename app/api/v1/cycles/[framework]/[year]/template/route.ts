import { z } from "zod";
import { searchParamsOf } from "@/lib/api/api-response";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { apiRoute } from "@/lib/api/api-route";
import { fileResponse } from "@/lib/api/file-response";
import { cyclePathSchema } from "@/lib/api/schemas";
import { buildValuesTemplate } from "@/lib/uploads/build-values-template";
import { libText, zodMessage } from "@/lib/i18n/lib-text";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/locales";
import { browserLocale } from "@/lib/i18n/resolve-locale";

const templateQuerySchema = z.strictObject({
  format: z.enum(["xlsx", "csv"], { message: zodMessage("validation.formatXlsxOrCsv") }).default("xlsx"),
  // Named and refused as an export's and the matrix workbooks' language: a link that asks for a language gets it or is told why not.
  locale: z.enum(LOCALES, { message: zodMessage("validation.chooseLanguage", { languages: LOCALES.join(", ") }) }).optional(),
});

/**
 * The caller's institution's values spreadsheet for a cycle, pre-filled: ?format=xlsx (default) or csv,
 * in the language ?locale= names (the entry page passes its own), else the one Accept-Language asks for.
 */
export const GET = apiRoute<{ framework: string; year: string }>(async ({ request, access, params }) => {
  const { framework, year } = parseOrThrow(cyclePathSchema, params, libText("errors.addressNotValid"));
  const { format, locale: asked } = parseOrThrow(templateQuerySchema, searchParamsOf(request), libText("errors.queryNotValid"));
  const locale = asked ?? browserLocale(request.headers.get("accept-language")) ?? DEFAULT_LOCALE;
  const template = await buildValuesTemplate(access, { frameworkCode: framework, year }, format, locale);
  return fileResponse({ bytes: template.body, fileName: template.fileName, contentType: template.contentType });
});
