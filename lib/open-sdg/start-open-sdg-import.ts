import "server-only";
import { libText, zodMessage } from "@/lib/i18n/lib-text";
import { z } from "zod";
import { parseOrThrow } from "@/lib/validation/parse-input";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { createJob } from "@/lib/jobs/create-job";
import { openSdgImportParamsSchema } from "@/lib/jobs/job-kinds";
import type { JobView } from "@/lib/jobs/job-view";
import { FRAMEWORK_CODE, MAX_CODE_LENGTH } from "./open-sdg-codes";
import { DEFAULT_PERIOD_RULE, PERIOD_RULES, type PeriodRule } from "./parse-open-sdg-period";
import { checkOpenSdgZip } from "./read-open-sdg-source";

/** A zipped data set sent to the API: at most this large (Moldova's whole data set zips to ~1 MB). */
export const MAX_OPEN_SDG_ZIP_BYTES = 50 * 1024 * 1024;

export const OPEN_SDG_ZIP_TYPES: Record<string, string> = {
  "application/zip": "open-sdg.zip",
  "application/x-zip-compressed": "open-sdg.zip",
};

/** The framework people import into unless they name another. */
export const DEFAULT_OPEN_SDG_FRAMEWORK_CODE = "SDG-NATIONAL";

/** ?framework=CODE&name=...&dryRun=true&periodRule=first|last&partial=true of POST /api/v1/imports/open-sdg. */
export const openSdgImportQuerySchema = z.object({
  framework: z
    .string()
    .trim()
    .max(MAX_CODE_LENGTH, zodMessage("validation.openSdgFrameworkCodeLength", { max: String(MAX_CODE_LENGTH + 1) }))
    .regex(FRAMEWORK_CODE, zodMessage("validation.openSdgFrameworkCodeLetters"))
    .default(DEFAULT_OPEN_SDG_FRAMEWORK_CODE),
  name: z.string().trim().min(1).max(300).optional(),
  dryRun: z.enum(["true", "false"], { message: zodMessage("validation.openSdgDryRun") }).default("false"),
  periodRule: z.enum(PERIOD_RULES, { message: zodMessage("validation.openSdgPeriodRule") }).default(DEFAULT_PERIOD_RULE),
  partial: z.enum(["true", "false"], { message: zodMessage("validation.openSdgPartial") }).default("false"),
});

/** The import's parameters from the query, before the file is read: a bad query is refused first. */
export function openSdgImportParamsFromQuery(query: Record<string, string>) {
  const parsed = parseOrThrow(openSdgImportQuerySchema, query, libText("errors.queryNotValid"));
  return {
    frameworkCode: parsed.framework,
    frameworkName: parsed.name,
    dryRun: parsed.dryRun === "true",
    periodRule: parsed.periodRule,
    partial: parsed.partial === "true",
  };
}

/**
 * Queues the import of an uploaded Open SDG zip as a background job, after a cheap check of
 * the archive (a zip, with indicator files, not a zip bomb) so that a wrong file is refused
 * at once rather than in a failed job.
 */
export async function startOpenSdgImport(
  access: AccessContext,
  file: { fileName: string; bytes: Uint8Array },
  params: { frameworkCode: string; frameworkName?: string; dryRun: boolean; periodRule?: PeriodRule; partial?: boolean },
): Promise<JobView> {
  requirePermission(access, "frameworks.manage");
  const validated = parseOrThrow(
    openSdgImportParamsSchema,
    { ...params, sourceName: file.fileName || "open-sdg.zip" },
    libText("errors.importParamsNotValid"),
  );
  checkOpenSdgZip(file.bytes);
  return createJob(access, "open-sdg-import", validated, { bytes: file.bytes, extension: "zip" });
}
