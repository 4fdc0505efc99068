"use server";

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
  const success = `The ${values.year} cycle of ${values.frameworkCode} is open. Institutions can now enter their values.`;
  return runFormAction({ values, run: (access) => openCycle(access, values), revalidate: ["/cycles"], success });
}

export async function updateDeadlinesAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const run = (access: AccessContext) => updateCycleDeadlines(access, targetOf(values), values);
  return runFormAction({ values, run, revalidate: [cyclePage(values)], success: "The deadlines were saved." });
}

export async function setCycleOpenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  return runSwitchAction(formData, {
    field: "open",
    set: (access, open) => setCycleOpen(access, targetOf(values), open),
    confirm: (open) =>
      open
        ? "Tick the box to confirm that institutions may change their values again"
        : "Tick the box to confirm that the cycle's values can no longer change",
    revalidate: [cyclePage(values), "/cycles"],
    whenOn: "The cycle is open again.",
    whenOff: "The cycle is closed: values can no longer change.",
  });
}
