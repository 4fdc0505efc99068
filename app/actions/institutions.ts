"use server";

import { getTranslations } from "next-intl/server";
import { runFormAction } from "@/app/_forms/run-form-action";
import { runSwitchAction } from "@/app/_forms/run-switch-action";
import { formValues, type ActionState } from "@/lib/actions/action-state";
import type { AccessContext } from "@/lib/auth/access-context";
import { createInstitution } from "@/lib/institutions/create-institution";
import { renameInstitution, setInstitutionActive } from "@/lib/institutions/update-institution";

const INSTITUTIONS_PAGE = ["/admin/institutions"];

export async function createInstitutionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const institution = { code: values.code ?? "", name: values.name ?? "" };
  const t = await getTranslations("FormResults");
  return runFormAction({
    values,
    run: (access) => createInstitution(access, institution),
    revalidate: INSTITUTIONS_PAGE,
    success: t("institutionAdded", { name: values.name ?? "" }),
  });
}

export async function renameInstitutionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const run = (access: AccessContext) => renameInstitution(access, values.institutionId ?? "", { name: values.name });
  const t = await getTranslations("FormResults");
  return runFormAction({ values, run, revalidate: INSTITUTIONS_PAGE, success: t("nameSaved") });
}

export async function setInstitutionActiveAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const institutionId = String(formData.get("institutionId") ?? "");
  const t = await getTranslations("FormResults");
  return runSwitchAction(formData, {
    field: "isActive",
    set: (access, isActive) => setInstitutionActive(access, institutionId, isActive),
    revalidate: INSTITUTIONS_PAGE,
    whenOn: t("institutionActive"),
    whenOff: t("institutionInactive"),
  });
}
