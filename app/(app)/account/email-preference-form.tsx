"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { updateEmailPreferencesAction } from "@/app/actions/notifications";
import { CheckboxGroupField } from "@/components/forms/choice-fields";
import { FormMessage, SubmitButton } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/actions/action-state";
import type { NotificationKind } from "@/lib/notifications/notification-kinds";

export function EmailPreferenceForm({ kinds, chosen }: { kinds: NotificationKind[]; chosen: string[] }) {
  const t = useTranslations("EmailPreferences");
  const [state, action] = useActionState(updateEmailPreferencesAction, IDLE);
  // Spelled out kind by kind so that the message test sees every key in use.
  const labels: Record<NotificationKind, string> = {
    "value-returned": t("valueReturned"),
    "deadline-reminder": t("deadlineReminder"),
    "values-approved": t("valuesApproved"),
    "consultation-opened": t("consultationOpened"),
    "decision-requested": t("decisionRequested"),
  };
  return (
    <form action={action} noValidate>
      <FormMessage state={state} labels={{ emailKinds: t("legend") }} />
      <CheckboxGroupField
        name="emailKinds"
        legend={t("legend")}
        hint={t("hint")}
        state={state}
        options={kinds.map((kind) => ({ value: kind, label: labels[kind] }))}
        defaultChecked={chosen}
      />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
