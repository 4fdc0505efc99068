"use server";

import { revalidatePath } from "next/cache";
import { actionError, formValues, type ActionState } from "@/lib/actions/action-state";
import { requireActionAccess } from "@/lib/auth/require-action-access";
import { createInstitution } from "@/lib/institutions/create-institution";
import { renameInstitution, setInstitutionActive } from "@/lib/institutions/update-institution";
import { formBoolean } from "@/lib/actions/form-boolean";

export async function createInstitutionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const access = await requireActionAccess();
    await createInstitution(access, { code: values.code ?? "", name: values.name ?? "" });
    revalidatePath("/admin/institutions");
    return { status: "success", message: `${values.name} was added.` };
  } catch (error) {
    return actionError(error, values);
  }
}

export async function renameInstitutionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const access = await requireActionAccess();
    await renameInstitution(access, values.institutionId ?? "", { name: values.name });
    revalidatePath("/admin/institutions");
    return { status: "success", message: "The new name was saved." };
  } catch (error) {
    return actionError(error, values);
  }
}

export async function setInstitutionActiveAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const access = await requireActionAccess();
    const isActive = formBoolean(formData, "isActive");
    await setInstitutionActive(access, String(formData.get("institutionId") ?? ""), isActive);
    revalidatePath("/admin/institutions");
    return {
      status: "success",
      message: isActive ? "The institution is active again." : "The institution was deactivated; its indicators and values are kept.",
    };
  } catch (error) {
    return actionError(error);
  }
}
