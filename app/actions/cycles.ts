"use server";

import { getTranslations } from "next-intl/server";
import { runFormAction } from "@/app/_forms/run-form-action";
import { runSwitchAction } from "@/app/_forms/run-switch-action";
import { formValues, type ActionState } from "@/lib/actions/action-state";
import type { AccessContext } from "@/lib/auth/access-context";
import { openCycle } from "@/lib/cycles/open-cycle";
import { setCycleOpen } from "@/lib/cycles/set-cycle-open";
import { updateCycleDeadlines } from "@/lib/cycles/update-cycle-deadlines";

const targetOf = (values: Record<string, string>) => ({ frameworkCode: values.frameworkCode ?? "", year: Number(values.year) });
const cyclePage = (values: Record<string, string>) => `/cycles/${values.frameworkCode}/${values.year}`;

export async function openCycleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const t = await getTranslations("FormResults");
  const success = t("cycleOpened", { year: values.year ?? "", framework: values.frameworkCode ?? "" });
  return runFormAction({ values, run: (access) => openCycle(access, values), revalidate: ["/cycles"], success });
}

export async function updateDeadlinesAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const run = (access: AccessContext) => updateCycleDeadlines(access, targetOf(values), values);
  const t = await getTranslations("FormResults");
  return runFormAction({ values, run, revalidate: [cyclePage(values)], success: t("deadlinesSaved") });
}

export async function setCycleOpenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const t = await getTranslations("FormResults");
  return runSwitchAction(formData, {
    field: "open",
    set: (access, open) => setCycleOpen(access, targetOf(values), open),
    confirm: (open) => (open ? t("confirmReopenCycle") : t("confirmCloseCycle")),
    revalidate: [cyclePage(values), "/cycles"],
    whenOn: t("cycleReopened"),
    whenOff: t("cycleClosed"),
  });
}
