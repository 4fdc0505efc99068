import { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";
import { EXPORT_FORMATS, SDMX_DATASETS } from "@/lib/exports/export-formats";
import { refusedBy, zodMessage } from "@/lib/i18n/lib-text";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/locales";
import { FRAMEWORK_CODE, MAX_CODE_LENGTH } from "@/lib/open-sdg/open-sdg-codes";
import { DEFAULT_PERIOD_RULE, PERIOD_RULES } from "@/lib/open-sdg/parse-open-sdg-period";

const frameworkCode = z
  .string()
  .trim()
  .min(1, zodMessage("validation.nameFramework"))
  .max(MAX_CODE_LENGTH, zodMessage("validation.keepCodeUnder", { max: String(MAX_CODE_LENGTH) }))
  .regex(FRAMEWORK_CODE, zodMessage("validation.openSdgFrameworkCodeLetters"));
const year = z.number().int().min(1900).max(2100);

/** Import of an Open SDG data set (a zip, or a folder on the server's disk for the command line). */
export const openSdgImportParamsSchema = z.strictObject({
  frameworkCode,
  frameworkName: z.string().trim().min(1).max(300).optional(),
  /** Only check and report; write nothing. */
  dryRun: z.boolean().default(false),
  /** What people called the source (the uploaded file's name), for the report and the audit log. */
  sourceName: z.string().trim().min(1).max(300),
  /** The year a fiscal or school year ("2014/2015") is stored under: its first or its last. */
  periodRule: z.enum(PERIOD_RULES, { message: zodMessage("validation.periodRule") }).default(DEFAULT_PERIOD_RULE),
  /** Import what can be imported: refused files and rows are left out and listed, instead of refusing it all. */
  partial: z.boolean().default(false),
});

/** An export of a framework's data or its working-group report. */
export const frameworkExportParamsSchema = z
  .strictObject({
    frameworkCode,
    format: z.enum(EXPORT_FORMATS, { message: zodMessage("validation.chooseOneOfOptions", { options: EXPORT_FORMATS.join(", ") }) }),
    year: year.optional(),
    from: year.optional(),
    to: year.optional(),
    includeProvisional: z.boolean().default(false),
    /** For SDMX-CSV: indicator values (default) or area scores. */
    dataset: z.enum(SDMX_DATASETS).default("values"),
    /** The language of the report and of the data files' headers, chosen at export (issue 13). */
    locale: z.enum(LOCALES).default(DEFAULT_LOCALE),
  })
  .refine((params) => params.from === undefined || params.to === undefined || params.from <= params.to, {
    ...refusedBy("validation.fromNotAfterTo"),
    path: ["from"],
  });

export const JOB_KINDS = {
  "open-sdg-import": { params: openSdgImportParamsSchema, permission: "frameworks.manage" },
  "framework-export": { params: frameworkExportParamsSchema, permission: "frameworks.read" },
} as const satisfies Record<string, { params: z.ZodType; permission: Permission }>;

export type JobKind = keyof typeof JOB_KINDS;
export const jobKindSchema = z.enum(Object.keys(JOB_KINDS) as [JobKind, ...JobKind[]]);
export type OpenSdgImportParams = z.output<typeof openSdgImportParamsSchema>;
export type FrameworkExportParams = z.output<typeof frameworkExportParamsSchema>;

/** POST /api/v1/jobs: exports only; an import needs its file, so it has its own endpoint. */
export const startJobRequestSchema = z.strictObject({
  kind: z.literal("framework-export", { message: zodMessage("validation.onlyExportsStartHere") }),
  params: z.unknown(),
});
