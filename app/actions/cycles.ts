"use server";

import { revalidatePath } from "next/cache";
import { actionError, formValues, type ActionState } from "@/lib/actions/action-state";
import { requireActionAccess } from "@/lib/auth/require-action-access";
import { openCycle } from "@/lib/cycles/open-cycle";
import { setCycleOpen } from "@/lib/cycles/set-cycle-open";
import { updateCycleDeadlines } from "@/lib/cycles/update-cycle-deadlines";
import { formBoolean } from "@/lib/actions/form-boolean";

const targetOf = (values: Record<string, string>) => ({ frameworkCode: values.frameworkCode ?? "", year: Number(values.year) });

export async function openCycleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const access = await requireActionAccess();
    await openCycle(access, values);
    revalidatePath("/cycles");
    return {
      status: "success",
      message: `The ${values.year} cycle of ${values.frameworkCode} is open. Institutions can now enter their values.`,
    };
  } catch (error) {
    return actionError(error, values);
  }
}

export async function updateDeadlinesAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const access = await requireActionAccess();
    await updateCycleDeadlines(access, targetOf(values), values);
    revalidatePath(`/cycles/${values.frameworkCode}/${values.year}`);
    return { status: "success", message: "The deadlines were saved." };
  } catch (error) {
    return actionError(error, values);
  }
}

export async function setCycleOpenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const access = await requireActionAccess();
    const open = formBoolean(formData, "open");
    await setCycleOpen(access, targetOf(values), open);
    revalidatePath(`/cycles/${values.frameworkCode}/${values.year}`);
    revalidatePath("/cycles");
    return { status: "success", message: open ? "The cycle is open again." : "The cycle is closed: values can no longer change." };
  } catch (error) {
    return actionError(error);
  }
}
