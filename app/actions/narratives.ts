"use server";

import { getTranslations } from "next-intl/server";
import { formValues, type ActionState } from "@/lib/actions/action-state";
import { runFormAction } from "@/app/_forms/run-form-action";
import type { AccessContext } from "@/lib/auth/access-context";
import { saveNarrative } from "@/lib/narratives/save-narrative";

/** Saves a narrative (summary, area analysis, indicator explanation) from its form. */
export async function saveNarrativeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getTranslations("Narratives");
  const values = formValues(formData, ["returnTo"]);
  const { returnTo, ...input } = formValues(formData);
  const run = (access: AccessContext) => saveNarrative(access, input);
  const page = returnTo?.startsWith("/") && !returnTo.startsWith("//") ? returnTo : "/";
  return runFormAction({
    values,
    run,
    revalidate: [page],
    // The page reloads with the new version number in the form, so the next save names it.
    success: input.body?.trim() === "" ? t("removed") : t("saved"),
  });
}
