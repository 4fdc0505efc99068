"use server";

import { revalidatePath } from "next/cache";
import { actionError, formValues, type ActionState } from "@/lib/actions/action-state";
import { requireActionAccess } from "@/app/_access/require-action-access";
import { updateFrameworkScoring } from "@/lib/frameworks/update-framework-scoring";

export async function updateFrameworkScoringAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const access = await requireActionAccess();
    await updateFrameworkScoring(access, values.frameworkCode ?? "", values);
    revalidatePath(`/frameworks/${values.frameworkCode}`, "layout");
    return { status: "success", message: "The progress settings were saved; statuses and scores now use them." };
  } catch (error) {
    return actionError(error, values);
  }
}
