"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changePasswordAction } from "@/app/actions/change-password";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/actions/action-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/passwords";

export function PasswordForm() {
  const t = useTranslations("PasswordForm");
  const [state, action] = useActionState(changePasswordAction, IDLE);
  return (
    <form action={action} noValidate>
      <FormMessage state={state} labels={{ currentPassword: t("current"), newPassword: t("new"), confirmPassword: t("confirm") }} />
      <TextField name="currentPassword" label={t("current")} type="password" autoComplete="current-password" state={state} width="medium" />
      <TextField
        name="newPassword"
        label={t("new")}
        hint={t("newHint", { min: PASSWORD_MIN_LENGTH })}
        type="password"
        autoComplete="new-password"
        state={state}
        width="medium"
      />
      <TextField name="confirmPassword" label={t("confirm")} type="password" autoComplete="new-password" state={state} width="medium" />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
