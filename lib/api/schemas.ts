import { AppError } from "@/lib/errors";
import { EXPORT_FORMATS, SDMX_DATASETS } from "@/lib/exports/export-formats";
import { z } from "zod";

const yearParam = z
  .string()
  .regex(/^\d{4}$/, "Expected a four-digit year, e.g. 2024")
  .transform(Number);

/** ?from=YYYY&to=YYYY, both optional, from <= to. */
export const yearRangeQuerySchema = z
  .object({ from: yearParam.optional(), to: yearParam.optional() })
  .refine((range) => range.from === undefined || range.to === undefined || range.from <= range.to, {
    message: "from must not be after to",
    path: ["from"],
  });

/** Values a page of GET /frameworks/{code}/values holds when the client names no limit, and at most. */
export const VALUES_PAGE_LIMIT = { default: 1000, max: 5000 } as const;

/** ?from=YYYY&to=YYYY&limit=N&cursor=…: the year range and a page of the values API. */
export const valuesPageQuerySchema = z
  .object({
    from: yearParam.optional(),
    to: yearParam.optional(),
    limit: z
      .string()
      .regex(/^\d{1,6}$/, `Expected a whole number from 1 to ${VALUES_PAGE_LIMIT.max}`)
      .transform(Number)
      .pipe(
        z
          .number()
          .int()
          .min(1, `Expected a whole number from 1 to ${VALUES_PAGE_LIMIT.max}`)
          .max(VALUES_PAGE_LIMIT.max, `Expected a whole number from 1 to ${VALUES_PAGE_LIMIT.max}`),
      )
      .default(VALUES_PAGE_LIMIT.default),
    cursor: z.string().min(1, "The cursor is empty").max(1000, "The cursor is not valid").optional(),
  })
  .refine((range) => range.from === undefined || range.to === undefined || range.from <= range.to, {
    message: "from must not be after to",
    path: ["from"],
  });

/** /cycles/{framework}/{year}: the year of the path. */
export const cyclePathSchema = z.object({
  framework: z.string().min(1),
  year: z
    .string()
    .regex(/^\d{4}$/, "The year in the address must have four digits, e.g. 2025")
    .transform(Number),
});

/** The JSON body of a request, or a 400 that says it is not JSON. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === "") throw new AppError("BAD_REQUEST", "The request has no body; send JSON");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "The body is not valid JSON");
  }
}

/** ?provisional=true|false, default false: only approved values count. */
export const provisionalParam = z
  .enum(["true", "false", "1", "0"], { message: "provisional is true or false" })
  .optional()
  .transform((value) => value === "true" || value === "1");

export const scoresQuerySchema = z
  .object({
    from: z
      .string()
      .regex(/^\d{4}$/, "Expected a four-digit year, e.g. 2024")
      .transform(Number)
      .optional(),
    to: z
      .string()
      .regex(/^\d{4}$/, "Expected a four-digit year, e.g. 2024")
      .transform(Number)
      .optional(),
    provisional: provisionalParam,
  })
  .refine((range) => range.from === undefined || range.to === undefined || range.from <= range.to, {
    message: "from must not be after to",
    path: ["from"],
  });

const optionalYear = z
  .string()
  .regex(/^\d{4}$/, "Expected a four-digit year, e.g. 2024")
  .transform(Number)
  .optional();

/** GET /api/v1/frameworks/{code}/export: the job parameters, from the query string. */
export const exportQuerySchema = z
  .object({
    format: z.enum(EXPORT_FORMATS, { message: `format is one of ${EXPORT_FORMATS.join(", ")}` }),
    year: optionalYear,
    from: optionalYear,
    to: optionalYear,
    provisional: provisionalParam,
    dataset: z.enum(SDMX_DATASETS, { message: "dataset is values or scores" }).optional(),
  })
  .transform(({ provisional, ...rest }) => ({ ...rest, includeProvisional: provisional }));

/** A framework version's number in a path or query, e.g. /frameworks/DMD/versions/2. */
export const versionNumberParam = z
  .string()
  .regex(/^[1-9]\d{0,5}$/, "Expected a version number, e.g. 2")
  .transform(Number);

/** ?against=N: the version a diff starts from. */
export const versionDiffQuerySchema = z.strictObject({ against: versionNumberParam });

/** A request that takes no query parameters: any is refused by name. */
export const noQuerySchema = z.strictObject({});

/** A JSON body that must be an object, for operations that add the path's parameters to it. */
export function asObject(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== "object" || Array.isArray(body)) throw new AppError("BAD_REQUEST", "Send a JSON object");
  return body as Record<string, unknown>;
}
