"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { setPasswordFromLinkAction } from "@/app/actions/set-password-from-link";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/actions/action-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/passwords";

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("SetPassword");
  const [state, action] = useActionState(setPasswordFromLinkAction, IDLE);
  if (state.status === "success") {
    return (
      <>
        <FormMessage state={state} />
        <p>
          <Link href="/sign-in" className="button">
            {t("signIn")}
          </Link>
        </p>
      </>
    );
  }
  return (
    <form action={action} noValidate>
      <FormMessage state={state} labels={{ newPassword: t("newPassword"), confirmPassword: t("confirmPassword") }} />
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="hidden" name="username" value={email} autoComplete="username" />
      <TextField
        name="newPassword"
        label={t("newPassword")}
        hint={t("newPasswordHint", { min: PASSWORD_MIN_LENGTH })}
        type="password"
        autoComplete="new-password"
        state={state}
        width="medium"
      />
      <TextField
        name="confirmPassword"
        label={t("confirmPassword")}
        type="password"
        autoComplete="new-password"
        state={state}
        width="medium"
      />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
