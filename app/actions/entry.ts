"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { runFormAction } from "@/app/_forms/run-form-action";
import type { ActionState } from "@/lib/actions/action-state";
import { isAppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import { readEntryRows, type EntryTyped } from "@/lib/monitoring/entry-form-fields";
import type { RowConflict } from "@/lib/monitoring/plan-value-changes";
import { saveCycleValues, type SaveValuesResult } from "@/lib/monitoring/save-cycle-values";
import { submitCycleValues, type SubmitResult } from "@/lib/monitoring/submit-cycle-values";
import type { Problem } from "@/lib/problems/problem";

/**
 * What the entry form's action answers. `rowIds` are the rows sent, in order (problems and
 * conflicts count rows from 1 in it); `typed` is what was sent of each, so that a refused save
 * keeps every entry even when the page came back without JavaScript.
 */
export type EntryFormState =
  | { status: "idle" }
  | { status: "saved"; result: SaveValuesResult; typed: Record<string, EntryTyped> }
  | { status: "nothing-to-save" }
  | { status: "confirm-submit" }
  | { status: "submitted"; result: SubmitResult }
  | {
      status: "error";
      message: string;
      problems?: readonly Problem[];
      conflicts?: RowConflict[];
      rowIds: string[];
      typed: Record<string, EntryTyped>;
    };

/**
 * The entry form's one action, by the button pressed (`intent`): "save" saves the rows that
 * changed as a draft, "ask-submit" asks before submitting (refused while entries are unsaved),
 * "submit" submits the institution's saved values, "dismiss" closes the question.
 */
export async function entryFormAction(_previous: EntryFormState, formData: FormData): Promise<EntryFormState> {
  const target = { frameworkCode: String(formData.get("frameworkCode") ?? ""), year: Number(formData.get("year")) };
  const intent = formData.get("intent");
  const revalidate = [[`/cycles/${encodeURIComponent(target.frameworkCode)}/${target.year}`, "layout"] as const];
  if (intent === "dismiss") return { status: "idle" };
  if (intent === "submit") {
    let result: SubmitResult | undefined;
    const state = await runFormAction({ run: async (access) => void (result = await submitCycleValues(access, target)), revalidate });
    return result ? { status: "submitted", result } : withRows(state, [], {});
  }

  const changed = readEntryRows(formData).filter((row) => row.isChanged);
  const typed = Object.fromEntries(changed.map((row) => [row.id, row.typed]));
  if (intent === "ask-submit") {
    if (changed.length === 0) return { status: "confirm-submit" };
    const t = await getTranslations("FormResults");
    return { status: "error", message: t("saveBeforeSubmit"), rowIds: [], typed };
  }
  if (changed.length === 0) return { status: "nothing-to-save" };

  // Numbers are read in the language the page is shown in (issue 14, trap 6): "1.234,5" in Romanian.
  const locale = await getLocale();
  let saved: SaveValuesResult | undefined;
  let conflicts: RowConflict[] | undefined;
  const state = await runFormAction({
    run: async (access) =>
      void (saved = await saveCycleValues(
        access,
        target,
        changed.map((row) => row.input),
        isLocale(locale) ? { locale } : {},
      )),
    revalidate,
    onError: (failure, error) => {
      conflicts = isAppError(error) ? (error.details?.conflicts as RowConflict[] | undefined) : undefined;
      return failure;
    },
  });
  if (saved) return { status: "saved", result: saved, typed };
  return {
    ...withRows(
      state,
      changed.map((row) => row.id),
      typed,
    ),
    ...(conflicts ? { conflicts } : {}),
  };
}

function withRows(state: ActionState, rowIds: string[], typed: Record<string, EntryTyped>): EntryFormState {
  if (state.status !== "error") return { status: "idle" };
  return { status: "error", message: state.message, ...(state.problems ? { problems: state.problems } : {}), rowIds, typed };
}
