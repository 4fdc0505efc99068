"use server";

import { libText } from "@/lib/i18n/lib-text";
import { runFormAction } from "@/app/_forms/run-form-action";
import { formValues, type ActionState } from "@/lib/actions/action-state";
import { AppError } from "@/lib/errors";
import type { JobView } from "@/lib/jobs/job-view";
import { MAX_OPEN_SDG_ZIP_BYTES, openSdgImportParamsFromQuery, startOpenSdgImport } from "@/lib/open-sdg/start-open-sdg-import";

/** The import form's state: the ordinary ones, or the job it started (a check when `dryRun`), which the form then follows. */
export type OpenSdgImportState = ActionState | { status: "started"; job: JobView; dryRun: boolean };

/**
 * Starts the check ("intent" check) or the import of a zipped Open SDG data set as a
 * background job: the same operation as POST /api/v1/imports/open-sdg, with the same
 * parameters read by the same schema.
 */
export async function startOpenSdgImportAction(_previous: OpenSdgImportState, formData: FormData): Promise<OpenSdgImportState> {
  const values = formValues(formData);
  const file = formData.get("file");
  const isDryRun = values.intent === "check";
  let job: JobView | undefined;
  const state = await runFormAction({
    values,
    run: async (access) => {
      const params = openSdgImportParamsFromQuery({
        framework: values.framework ?? "",
        ...(values.name?.trim() ? { name: values.name } : {}),
        dryRun: String(isDryRun),
        ...(values.periodRule ? { periodRule: values.periodRule } : {}),
        partial: values.partial === "true" ? "true" : "false",
      });
      if (!(file instanceof File) || file.size === 0) throw new AppError("BAD_REQUEST", libText("errors.chooseOpenSdgZip"));
      if (file.size > MAX_OPEN_SDG_ZIP_BYTES)
        throw new AppError("PAYLOAD_TOO_LARGE", libText("errors.openSdgZipTooLarge", { size: MAX_OPEN_SDG_ZIP_BYTES / 1024 / 1024 }));
      job = await startOpenSdgImport(access, { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, params);
    },
    revalidate: [],
  });
  return job ? { status: "started", job, dryRun: isDryRun } : state;
}
