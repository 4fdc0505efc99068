"use server";

import { getTranslations } from "next-intl/server";
import { formTranslator } from "@/app/_forms/form-translator";
import { actionError, type ActionState } from "@/lib/actions/action-state";
import { setPasswordFromLink } from "@/lib/auth/set-password-from-link";

/**
 * The form of a one-time link: the token travels in a hidden field, and passwords are never
 * echoed back. Used without a session, so not through runFormAction (decision 022).
 */
export async function setPasswordFromLinkAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getTranslations("SetPassword");
  try {
    await setPasswordFromLink({
      token: String(formData.get("token") ?? ""),
      newPassword: String(formData.get("newPassword") ?? ""),
      confirmPassword: String(formData.get("confirmPassword") ?? ""),
    });
  } catch (error) {
    return actionError(error, undefined, await formTranslator());
  }
  return { status: "success", message: t("done") };
}
