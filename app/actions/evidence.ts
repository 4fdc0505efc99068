"use server";

import { getTranslations } from "next-intl/server";
import { formValues, type ActionState } from "@/lib/actions/action-state";
import { runFormAction } from "@/app/_forms/run-form-action";
import type { AccessContext } from "@/lib/auth/access-context";
import { addEvidenceFiles } from "@/lib/evidence/add-evidence-files";
import { removeEvidenceFile } from "@/lib/evidence/remove-evidence-file";

/** Attaches the chosen files to a value (the value page's evidence form, multipart). */
export async function addEvidenceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getTranslations("Evidence");
  const valueId = String(formData.get("valueId") ?? "");
  // A form sent with no file chosen carries one empty, nameless part: that is no file.
  const chosen = formData.getAll("files").filter((part): part is File => part instanceof File && !(part.size === 0 && part.name === ""));
  const run = async (access: AccessContext) =>
    addEvidenceFiles(
      access,
      valueId,
      await Promise.all(chosen.map(async (file) => ({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }))),
    );
  return runFormAction({
    values: formValues(formData),
    run,
    revalidate: [`/values/${valueId}`],
    success: (result) => t("added", { count: result.evidenceIds.length }),
  });
}

export async function removeEvidenceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getTranslations("Evidence");
  const values = formValues(formData);
  const run = (access: AccessContext) => removeEvidenceFile(access, values.evidenceId ?? "");
  return runFormAction({ values, run, revalidate: [`/values/${values.valueId}`], success: t("removed") });
}
