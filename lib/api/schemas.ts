import { AppError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { EXPORT_FORMATS, SDMX_DATASETS } from "@/lib/exports/export-formats";
import { z } from "zod";
import { BODY_LIMITS, TEXT_LIMITS } from "@/lib/validation/limits";
import { booleanParam } from "@/lib/validation/input-schemas";
import { readCappedBody } from "@/lib/validation/read-capped-body";
import { libText, refusedBy, zodMessage } from "@/lib/i18n/lib-text";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n/locales";
import { browserLocale } from "@/lib/i18n/resolve-locale";

const FOUR_DIGIT_YEAR = zodMessage("validation.fourDigitYear");
const yearParam = z
  .string()
  .regex(/^\d{4}$/, FOUR_DIGIT_YEAR)
  .transform(Number);

/** The refusal of a range whose start comes after its end, at `from`. */
const FROM_NOT_AFTER_TO = { ...refusedBy("validation.fromNotAfterTo"), path: ["from"] };

/** ?from=YYYY&to=YYYY, both optional, from <= to. */
export const yearRangeQuerySchema = z
  .object({ from: yearParam.optional(), to: yearParam.optional() })
  .refine((range) => range.from === undefined || range.to === undefined || range.from <= range.to, FROM_NOT_AFTER_TO);

/** Values a page of GET /frameworks/{code}/values holds when the client names no limit, and at most. */
export const VALUES_PAGE_LIMIT = { default: 1000, max: 5000 } as const;

const WHOLE_NUMBER_UP_TO_MAX = zodMessage("validation.wholeNumberUpTo", { max: String(VALUES_PAGE_LIMIT.max) });

/** ?from=YYYY&to=YYYY&limit=N&cursor=…: the year range and a page of the values API. */
export const valuesPageQuerySchema = z
  .object({
    from: yearParam.optional(),
    to: yearParam.optional(),
    limit: z
      .string()
      .regex(/^\d{1,6}$/, WHOLE_NUMBER_UP_TO_MAX)
      .transform(Number)
      .pipe(z.number().int().min(1, WHOLE_NUMBER_UP_TO_MAX).max(VALUES_PAGE_LIMIT.max, WHOLE_NUMBER_UP_TO_MAX))
      .default(VALUES_PAGE_LIMIT.default),
    cursor: z.string().min(1, zodMessage("validation.cursorEmpty")).max(1000, zodMessage("validation.cursorNotValid")).optional(),
  })
  .refine((range) => range.from === undefined || range.to === undefined || range.from <= range.to, FROM_NOT_AFTER_TO);

/** /cycles/{framework}/{year}: the year of the path. */
export const cyclePathSchema = z.object({
  framework: z
    .string()
    .min(1)
    .max(TEXT_LIMITS.code, zodMessage("validation.frameworkCodeLength", { max: TEXT_LIMITS.code })),
  year: z
    .string()
    .regex(/^\d{4}$/, zodMessage("validation.addressYearDigits"))
    .transform(Number),
});

/**
 * The JSON body of a request, or a 400 that says it is not JSON. Read with a size cap
 * (BODY_LIMITS.jsonBytes): a larger body is refused with 413 as soon as the cap is passed,
 * whatever Content-Length claims, so that a client cannot make the server hold 50 MB.
 */
export async function readJsonBody(request: Request): Promise<unknown> {
  const limit = BODY_LIMITS.jsonBytes;
  const bytes = await readCappedBody(request, limit, libText("errors.requestBodyTooLarge", { size: Math.round(limit / 1024 / 1024) }));
  const text = new TextDecoder().decode(bytes);
  if (text.trim() === "") throw new AppError("BAD_REQUEST", libText("errors.requestHasNoBody"));
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", libText("errors.bodyNotJson"));
  }
}

/** ?provisional=true|false, default false: only approved values count. */
export const provisionalParam = booleanParam("provisional");

export const scoresQuerySchema = z
  .strictObject({
    from: z
      .string()
      .regex(/^\d{4}$/, FOUR_DIGIT_YEAR)
      .transform(Number)
      .optional(),
    to: z
      .string()
      .regex(/^\d{4}$/, FOUR_DIGIT_YEAR)
      .transform(Number)
      .optional(),
    provisional: provisionalParam,
  })
  .refine((range) => range.from === undefined || range.to === undefined || range.from <= range.to, FROM_NOT_AFTER_TO);

const optionalYear = z
  .string()
  .regex(/^\d{4}$/, FOUR_DIGIT_YEAR)
  .transform(Number)
  .optional();

/** GET /api/v1/frameworks/{code}/export: the job parameters, from the query string. */
export const exportQuerySchema = z
  .strictObject({
    format: z.enum(EXPORT_FORMATS, { message: zodMessage("validation.formatIsOneOf", { formats: EXPORT_FORMATS.join(", ") }) }),
    year: optionalYear,
    from: optionalYear,
    to: optionalYear,
    provisional: provisionalParam,
    dataset: z.enum(SDMX_DATASETS, { message: zodMessage("validation.datasetValuesOrScores") }).optional(),
  })
  .transform(({ provisional, ...rest }) => ({ ...rest, includeProvisional: provisional }));

/** A framework version's number in a path or query, e.g. /frameworks/DMD/versions/2. */
export const versionNumberParam = z
  .string()
  .regex(/^[1-9]\d{0,5}$/, zodMessage("validation.versionNumberExample"))
  .transform(Number);

/** ?against=N: the version a diff starts from. */
export const versionDiffQuerySchema = z.strictObject({ against: versionNumberParam });

/** A request that takes no query parameters: any is refused by name. */
export const noQuerySchema = z.strictObject({});

/** A JSON body that must be an object, for operations that add the path's parameters to it. */
export function asObject(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== "object" || Array.isArray(body)) throw new AppError("BAD_REQUEST", libText("errors.sendJsonObject"));
  return body as Record<string, unknown>;
}

/** A downloaded workbook's only parameter: the language of its explanations, ?locale=ro (issue 13). */
export const workbookQuerySchema = z.strictObject({
  locale: z.enum(LOCALES, { message: zodMessage("validation.chooseLanguage", { languages: LOCALES.join(", ") }) }).optional(),
});

/**
 * The language a workbook's explanations are written in: the `locale` the page's link names,
 * else the request's Accept-Language (decision 029), else English. Any other parameter is refused.
 */
export function workbookLocale(request: Request): Locale {
  const { locale } = parseOrThrow(
    workbookQuerySchema,
    Object.fromEntries(new URL(request.url).searchParams.entries()),
    libText("errors.queryNotValid"),
  );
  return downloadLocale(request, locale);
}

/** A download's language: the `locale` its link names, else the request's Accept-Language, else English. */
export function downloadLocale(request: Request, named: Locale | undefined): Locale {
  return named ?? browserLocale(request.headers.get("accept-language")) ?? DEFAULT_LOCALE;
}

/** Refuses any query parameter, by name, for a request that takes none (a typo must not pass unnoticed). */
export function requireNoQuery(request: Request): void {
  parseOrThrow(noQuerySchema, Object.fromEntries(new URL(request.url).searchParams.entries()), libText("errors.noQueryParameters"));
}
