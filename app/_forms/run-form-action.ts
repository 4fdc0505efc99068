import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActionAccess } from "@/app/_access/require-action-access";
import { actionError, type ActionState } from "@/lib/actions/action-state";
import type { AccessContext } from "@/lib/auth/access-context";
import { formTranslator } from "./form-translator";

export type ErrorState = Extract<ActionState, { status: "error" }>;
type Success = string | { message: string; secret?: string };

export type FormActionPlan<T> = {
  /** What was typed, given back to the form when the action fails; absent for forms with nothing to keep. */
  values?: Record<string, string>;
  /** The operation, for the signed-in person. */
  run: (access: AccessContext) => Promise<T>;
  /** Pages that show what changed: a path, or [path, "layout"] for the path and everything under it. */
  revalidate: readonly (string | readonly [string, "layout"])[];
  /** Where to go once it worked, when the page the form was on no longer fits (a new record, a new status). */
  redirectTo?: (result: T) => string;
  /** What the form says once it worked, when it stays on its page. */
  success?: Success | ((result: T) => Success);
  /** Moves the problems of a failure to the form's own field names; `error` is what the operation threw. */
  onError?: (state: ErrorState, error: unknown) => ErrorState;
};

/**
 * The one body of a form's server action (decision 022): require the session, run the
 * operation, turn an expected failure into form state (actionError), then revalidate the
 * pages that show the change and redirect or say it worked. The redirect stays outside the
 * try, because Next signals it by throwing.
 */
export async function runFormAction<T>(plan: FormActionPlan<T>): Promise<ActionState> {
  let result: T;
  try {
    result = await plan.run(await requireActionAccess());
  } catch (error) {
    const state = actionError(error, plan.values, await formTranslator());
    return plan.onError ? plan.onError(state, error) : state;
  }
  for (const path of plan.revalidate) {
    if (typeof path === "string") revalidatePath(path);
    else revalidatePath(path[0], path[1]);
  }
  if (plan.redirectTo) redirect(plan.redirectTo(result));
  const success = typeof plan.success === "function" ? plan.success(result) : (plan.success ?? (await savedMessage()));
  return typeof success === "string" ? { status: "success", message: success } : { status: "success", ...success };
}

/** What a form says when its action names no message of its own, in the page's language. */
async function savedMessage(): Promise<string> {
  const t = await getTranslations("FormResults");
  return t("saved");
}
