"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signInAction } from "@/app/actions/sign-in";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/actions/action-state";

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations("SignInForm");
  const [state, action] = useActionState(signInAction, IDLE);
  return (
    <form action={action} noValidate>
      <FormMessage state={state} labels={{ email: t("email"), password: t("password") }} />
      <input type="hidden" name="next" value={next} />
      <TextField name="email" label={t("email")} type="email" autoComplete="username" state={state} width="medium" />
      <TextField name="password" label={t("password")} type="password" autoComplete="current-password" state={state} width="medium" />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
