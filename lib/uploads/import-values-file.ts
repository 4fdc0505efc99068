import "server-only";
import { libText } from "@/lib/i18n/lib-text";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { AppError, isAppError, rowsRefused } from "@/lib/errors";
import { saveCycleValues, type SaveValuesResult } from "@/lib/monitoring/save-cycle-values";
import { problemTextOf, withProblemText } from "@/lib/problems/problem";
import { parseValuesFile } from "./parse-values-file";
import { COLUMN_OF_FIELD } from "./template-columns";
import { MAX_UPLOAD_BYTES } from "./upload-limits";

/**
 * Saves the values of an uploaded spreadsheet for the person's institution, all-or-nothing,
 * or only checks them (`dryRun`). Problems come back at the file's line numbers and in its
 * column names ("Row 7, column value"); writes and their audit events are saveCycleValues'.
 */
export async function importValuesFile(
  access: AccessContext,
  target: { frameworkCode: string; year: number },
  file: { fileName: string; bytes: Uint8Array },
  options: { dryRun?: boolean } = {},
): Promise<SaveValuesResult> {
  // Checked before reading the file, so that a role that may not enter values learns that first.
  requirePermission(access, "values.enter");
  if (file.bytes.byteLength > MAX_UPLOAD_BYTES) {
    throw new AppError(
      "BAD_REQUEST",
      libText("importProblems.uploadFileTooLarge", {
        size: MAX_UPLOAD_BYTES / 1024 / 1024,
        unit: "MB",
        advice: libText("importProblems.uploadAdviceSplitFile"),
      }),
    );
  }
  const { rows, rowNumbers } = await parseValuesFile(file);
  try {
    return await saveCycleValues(access, target, rows, { dryRun: options.dryRun ?? false, rowNumbers, source: "upload" });
  } catch (error) {
    throw inFileTerms(error);
  }
}

/** Row problems named by the file's columns (disaggregation -> breakdown, evidenceUrl -> evidence_url). */
function inFileTerms(error: unknown): unknown {
  if (!isAppError(error) || error.code !== "UNPROCESSABLE" || error.problems.length === 0) return error;
  return rowsRefused(
    error.problems.map((original) => {
      const { field, ...problem } = original;
      return withProblemText(
        { ...problem, ...(field === undefined || field === "row" ? {} : { field: COLUMN_OF_FIELD[field] ?? field }) },
        problemTextOf(original),
      );
    }),
  );
}
