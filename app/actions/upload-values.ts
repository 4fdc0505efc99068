"use server";

import { revalidatePath } from "next/cache";
import { actionError } from "@/lib/actions/action-state";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { cyclePathSchema } from "@/lib/api/schemas";
import { requireActionAccess } from "@/app/_access/require-action-access";
import { AppError, isAppError } from "@/lib/errors";
import { importValuesFile } from "@/lib/uploads/import-values-file";
import { uploadProblemsOf, type UploadActionState } from "@/lib/uploads/upload-outcome";

/** Checks an uploaded values file and saves nothing (the panel's "Check the file"). */
export async function checkValuesFileAction(formData: FormData): Promise<UploadActionState> {
  return uploadValues(formData, true);
}

/** Imports an uploaded values file, all-or-nothing (the panel's "Import N values"). */
export async function importValuesFileAction(formData: FormData): Promise<UploadActionState> {
  return uploadValues(formData, false);
}

async function uploadValues(formData: FormData, dryRun: boolean): Promise<UploadActionState> {
  try {
    const access = await requireActionAccess();
    const { framework, year } = parseOrThrow(
      cyclePathSchema,
      { framework: formData.get("frameworkCode"), year: formData.get("year") },
      "The cycle is not valid",
    );
    const file = formData.get("file");
    if (!(file instanceof File) || (file.size === 0 && file.name === "")) throw new AppError("BAD_REQUEST", "Choose a file to upload");
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await importValuesFile(access, { frameworkCode: framework, year }, { fileName: file.name, bytes }, { dryRun });
    if (!dryRun) {
      revalidatePath(`/cycles/${encodeURIComponent(framework)}/${year}/entry`);
      revalidatePath(`/cycles/${encodeURIComponent(framework)}/${year}`);
    }
    const { created, updated, deleted, unchanged } = result;
    return { status: dryRun ? "checked" : "imported", fileName: file.name, summary: { created, updated, deleted, unchanged } };
  } catch (error) {
    // actionError logs what is not an expected failure and words the message.
    const { message } = actionError(error);
    return { status: "error", message, problems: isAppError(error) ? uploadProblemsOf(error) : [] };
  }
}
