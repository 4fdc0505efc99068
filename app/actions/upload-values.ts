"use server";

import { libText } from "@/lib/i18n/lib-text";
import { runFormAction } from "@/app/_forms/run-form-action";
import { cyclePathSchema } from "@/lib/api/schemas";
import { AppError, isAppError } from "@/lib/errors";
import { importValuesFile } from "@/lib/uploads/import-values-file";
import { uploadProblemsOf, type UploadActionState, type UploadSummary } from "@/lib/uploads/upload-outcome";
import type { Problem } from "@/lib/problems/problem";
import { parseOrThrow } from "@/lib/validation/parse-input";

/**
 * The upload panel's action, by the button pressed: "check" checks the file and saves
 * nothing; "import" imports it, all-or-nothing.
 */
export async function uploadValuesAction(_previous: UploadActionState, formData: FormData): Promise<UploadActionState> {
  const isDryRun = formData.get("intent") !== "import";
  const file = formData.get("file");
  const fileName = file instanceof File ? file.name : "";
  const cycleFields = { framework: formData.get("frameworkCode"), year: formData.get("year") };
  const parsedCycle = cyclePathSchema.safeParse(cycleFields);
  const cyclePage = parsedCycle.success ? `/cycles/${encodeURIComponent(parsedCycle.data.framework)}/${parsedCycle.data.year}` : null;
  let summary: UploadSummary | undefined;
  let problems: readonly Problem[] = [];
  const state = await runFormAction({
    run: async (access) => {
      const cycle = parseOrThrow(cyclePathSchema, cycleFields, libText("errors.cycleNotValid"));
      if (!(file instanceof File) || (file.size === 0 && file.name === ""))
        throw new AppError("BAD_REQUEST", libText("errors.chooseFileToUpload"));
      const bytes = new Uint8Array(await file.arrayBuffer());
      const target = { frameworkCode: cycle.framework, year: cycle.year };
      const { created, updated, deleted, unchanged } = await importValuesFile(access, target, { fileName, bytes }, { dryRun: isDryRun });
      summary = { created, updated, deleted, unchanged };
    },
    // A check changes nothing; an import changes the cycle's pages (a failed one revalidates nothing).
    revalidate: !isDryRun && cyclePage ? [[cyclePage, "layout"]] : [],
    onError: (failure, error) => {
      problems = isAppError(error) ? uploadProblemsOf(error) : [];
      return failure;
    },
  });
  if (summary) return { status: isDryRun ? "checked" : "imported", fileName, summary };
  return { status: "error", message: state.status === "error" ? state.message : "", problems };
}
