"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { updateReminderDaysAction } from "@/app/actions/notifications";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/actions/action-state";

export function ReminderDaysForm({ current }: { current: string }) {
  const t = useTranslations("ReminderDays");
  const [state, action] = useActionState(updateReminderDaysAction, IDLE);
  return (
    <form action={action} noValidate aria-labelledby="reminder-days-heading">
      <h2 id="reminder-days-heading">{t("heading")}</h2>
      <FormMessage state={state} labels={{ reminderDays: t("label") }} />
      <TextField name="reminderDays" label={t("label")} hint={t("hint")} defaultValue={current} state={state} width="medium" />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
