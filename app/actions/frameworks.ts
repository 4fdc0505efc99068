"use server";

import { getTranslations } from "next-intl/server";
import { runFormAction } from "@/app/_forms/run-form-action";
import { formValues, type ActionState } from "@/lib/actions/action-state";
import { updateFrameworkScoring } from "@/lib/frameworks/update-framework-scoring";

export async function updateFrameworkScoringAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const t = await getTranslations("FormResults");
  return runFormAction({
    values,
    run: (access) => updateFrameworkScoring(access, values.frameworkCode ?? "", values),
    revalidate: [[`/frameworks/${values.frameworkCode}`, "layout"]],
    success: t("progressSettingsSaved"),
  });
}
