"use server";

import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { actionError, formValues, type ActionState } from "@/lib/actions/action-state";
import { requireActionAccess } from "@/app/_access/require-action-access";
import { runFormAction } from "@/app/_forms/run-form-action";
import type { AccessContext } from "@/lib/auth/access-context";
import { AppError, isAppError } from "@/lib/errors";
import { addValueComment } from "@/lib/monitoring/add-value-comment";
import { reopenValue } from "@/lib/monitoring/reopen-value";
import { reviewCycleValues } from "@/lib/monitoring/review-cycle-values";
import { saveCycleValues, type SaveValuesResult } from "@/lib/monitoring/save-cycle-values";
import { submitCycleValues, type SubmitResult } from "@/lib/monitoring/submit-cycle-values";
import type { RowConflict, ValueRowInput } from "@/lib/monitoring/plan-value-changes";
import { LOCALE_COOKIE } from "@/lib/i18n/locale-cookie";
import type { Locale } from "@/lib/i18n/locales";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import type { Problem } from "@/lib/problems/problem";

export type SaveEntryResult =
  | { status: "success"; result: SaveValuesResult }
  | { status: "error"; message: string; problems?: readonly Problem[]; conflicts?: RowConflict[] };

/** Saves the entry form's changed rows (sent as data, not FormData: the form holds many rows). */
export async function saveEntryAction(target: { frameworkCode: string; year: number }, rows: ValueRowInput[]): Promise<SaveEntryResult> {
  try {
    const access = await requireActionAccess();
    const result = await saveCycleValues(access, target, rows, { locale: await typingLocale(access) });
    revalidatePath(`/cycles/${target.frameworkCode}/${target.year}`);
    return { status: "success", result };
  } catch (error) {
    const { message, problems } = actionError(error);
    const conflicts = isAppError(error) ? (error.details?.conflicts as RowConflict[] | undefined) : undefined;
    return { status: "error", message, problems, conflicts };
  }
}

/**
 * Numbers in the entry form are read in the language its page is shown in (issue 14, trap 6),
 * chosen by the same sources, in the same order, as the page's language (i18n/request.ts).
 */
async function typingLocale(access: AccessContext): Promise<Locale> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return resolveLocale({
    chosen: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
    workspaceDefault: async () => access.workspace.defaultLocale,
  });
}

export type SubmitEntryResult = { status: "success"; result: SubmitResult } | { status: "error"; message: string };

export async function submitEntryAction(target: { frameworkCode: string; year: number }): Promise<SubmitEntryResult> {
  try {
    const access = await requireActionAccess();
    const result = await submitCycleValues(access, target);
    revalidatePath(`/cycles/${target.frameworkCode}/${target.year}`);
    return { status: "success", result };
  } catch (error) {
    return { status: "error", message: actionError(error).message };
  }
}

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
      if (selected.length === 0) throw new AppError("BAD_REQUEST", "Check at least one value to approve");
      return reviewCycleValues(access, target, { decisions });
    },
    revalidate: [page],
    redirectTo: (result) => `${page}?approved=${result.approved}&returned=${result.returned}`,
  });
}

export async function reopenValueAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const success = "The value is reopened and back with the institution for correction.";
  const run = (access: AccessContext) => reopenValue(access, values.valueId ?? "", values.reason);
  return runFormAction({ values, run, revalidate: [`/values/${values.valueId}`], success });
}

export async function addCommentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const run = (access: AccessContext) => addValueComment(access, values.valueId ?? "", values.body);
  return runFormAction({ values, run, revalidate: [`/values/${values.valueId}`], success: "Your comment was added." });
}
