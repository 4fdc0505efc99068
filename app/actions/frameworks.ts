"use server";

import { runFormAction } from "@/app/_forms/run-form-action";
import { formValues, type ActionState } from "@/lib/actions/action-state";
import { updateFrameworkScoring } from "@/lib/frameworks/update-framework-scoring";

export async function updateFrameworkScoringAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  return runFormAction({
    values,
    run: (access) => updateFrameworkScoring(access, values.frameworkCode ?? "", values),
    revalidate: [[`/frameworks/${values.frameworkCode}`, "layout"]],
    success: "The progress settings were saved; statuses and scores now use them.",
  });
}
