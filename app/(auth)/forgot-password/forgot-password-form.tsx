"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { requestPasswordResetAction } from "@/app/actions/request-password-reset";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/actions/action-state";

export function ForgotPasswordForm() {
  const t = useTranslations("ForgotPassword");
  const [state, action] = useActionState(requestPasswordResetAction, IDLE);
  return (
    <form action={action} noValidate>
      <FormMessage state={state} labels={{ email: t("email") }} />
      <TextField name="email" label={t("email")} type="email" autoComplete="username" state={state} width="medium" />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
