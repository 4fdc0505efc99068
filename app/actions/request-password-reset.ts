"use server";

import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { formTranslator } from "@/app/_forms/form-translator";
import { actionError, formValues, type ActionState } from "@/lib/actions/action-state";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";

/**
 * "Forgot password?": the same answer whether or not the address has an account. Used without
 * a session, so not through runFormAction (decision 022), which requires one; failures are
 * mapped the same way.
 */
export async function requestPasswordResetAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const t = await getTranslations("ForgotPassword");
  try {
    await requestPasswordReset({ email: values.email ?? "" }, { ip: clientAddressFrom(await headers()) });
  } catch (error) {
    return actionError(error, values, await formTranslator());
  }
  return { status: "success", message: t("sent") };
}
