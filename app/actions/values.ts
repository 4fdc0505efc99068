"use server";

import { libText } from "@/lib/i18n/lib-text";
import { getTranslations } from "next-intl/server";
import { formValues, type ActionState } from "@/lib/actions/action-state";
import { runFormAction } from "@/app/_forms/run-form-action";
import type { AccessContext } from "@/lib/auth/access-context";
import { AppError } from "@/lib/errors";
import { addValueComment } from "@/lib/monitoring/add-value-comment";
import { reopenValue } from "@/lib/monitoring/reopen-value";
import { reviewCycleValues } from "@/lib/monitoring/review-cycle-values";

/** One review decision from a row of the review page, or several approvals from its check boxes. */
export async function reviewAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const target = { frameworkCode: values.frameworkCode ?? "", year: Number(values.year) };
  // "Approve all" sends every reference of the institution; otherwise the checked or single one.
  const selected = (values.scope === "all" ? formData.getAll("all") : formData.getAll("value")).map(String);
  // Passed as sent: the review schema refuses anything but "approve" or "return" (a typo must not approve).
  const decision = values.decision ?? "";
  const decisions = selected.map((reference) => {
    const [indicator, version, ...key] = reference.split("|");
    return { indicator: indicator ?? "", disaggregation: key.join("|"), decision, reason: values.reason, version: Number(version) };
  });
  // The decided rows leave the queue, and their forms with them: report on the page instead.
  const page = `/cycles/${encodeURIComponent(target.frameworkCode)}/${target.year}/review`;
  return runFormAction({
    values,
    run: async (access) => {
      if (selected.length === 0) throw new AppError("BAD_REQUEST", libText("errors.checkAtLeastOneValue"));
      return reviewCycleValues(access, target, { decisions });
    },
    revalidate: [page],
    redirectTo: (result) => `${page}?approved=${result.approved}&returned=${result.returned}`,
  });
}

export async function reopenValueAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const t = await getTranslations("FormResults");
  const success = t("valueReopened");
  const run = (access: AccessContext) => reopenValue(access, values.valueId ?? "", values.reason);
  return runFormAction({ values, run, revalidate: [`/values/${values.valueId}`], success });
}

export async function addCommentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const run = (access: AccessContext) => addValueComment(access, values.valueId ?? "", values.body);
  const t = await getTranslations("FormResults");
  return runFormAction({ values, run, revalidate: [`/values/${values.valueId}`], success: t("valueCommentAdded") });
}
