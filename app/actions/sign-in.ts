"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { formTranslator } from "@/app/_forms/form-translator";
import { actionError, formValues, type ActionState } from "@/lib/actions/action-state";
import { safeRedirectPath } from "@/lib/auth/safe-redirect-path";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { SIGN_IN_FAILED, SIGN_IN_LIMITED, signIn, signInSchema } from "@/lib/auth/sign-in";
import { AppError } from "@/lib/errors";
import { getAppUrl } from "@/lib/env";
import { LOCALE_COOKIE, LOCALE_COOKIE_OPTIONS } from "@/lib/i18n/locale-cookie";
import { getSavedLanguage } from "@/lib/users/get-saved-language";
import { zodProblems } from "@/lib/validation/parse-input";
import { libText } from "@/lib/i18n/lib-text";

export async function signInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData, ["password"]);
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") }, { reportInput: true });
  if (!parsed.success)
    return actionError(
      new AppError("BAD_REQUEST", libText("errors.signInIncomplete"), { problems: zodProblems(parsed.error) }),
      values,
      await formTranslator(),
    );

  let mustChangePassword = false;
  try {
    const requestHeaders = await headers();
    const result = await signIn(parsed.data, { headers: requestHeaders, ip: clientAddressFrom(requestHeaders) });
    if (!result.ok)
      return actionError(
        result.rateLimited ? new AppError("RATE_LIMITED", SIGN_IN_LIMITED) : new AppError("UNAUTHENTICATED", SIGN_IN_FAILED),
        values,
        await formTranslator(),
      );
    mustChangePassword = result.mustChangePassword;
    // The language the person saved follows them into this browser.
    const savedLanguage = await getSavedLanguage(parsed.data.email);
    if (savedLanguage) (await cookies()).set(LOCALE_COOKIE, savedLanguage, LOCALE_COOKIE_OPTIONS);
  } catch (error) {
    return actionError(error, values, await formTranslator());
  }
  redirect(mustChangePassword ? "/account/password" : safeRedirectPath(formData.get("next"), getAppUrl()));
}
