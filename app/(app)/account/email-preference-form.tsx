"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { updateEmailPreferencesAction } from "@/app/actions/notifications";
import { CheckboxGroupField, RadioGroupField } from "@/components/forms/choice-fields";
import { FormMessage, SubmitButton } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/actions/action-state";
import { DIGEST_FREQUENCIES, type DigestFrequency } from "@/lib/notifications/digest-frequency";
import type { NotificationKind } from "@/lib/notifications/notification-kinds";
import { useDigestLabels } from "./use-digest-labels";

export function EmailPreferenceForm({ kinds, chosen, digest }: { kinds: NotificationKind[]; chosen: string[]; digest: DigestFrequency }) {
  const { legend: digestLegend, frequencies: digestLabels } = useDigestLabels();
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
      <FormMessage state={state} labels={{ emailKinds: t("legend"), digest: digestLegend }} />
      <CheckboxGroupField
        name="emailKinds"
        legend={t("legend")}
        hint={t("hint")}
        state={state}
        options={kinds.map((kind) => ({ value: kind, label: labels[kind] }))}
        defaultChecked={chosen}
      />
      <RadioGroupField
        name="digest"
        legend={digestLegend}
        state={state}
        options={DIGEST_FREQUENCIES.map((frequency) => ({ value: frequency, label: digestLabels[frequency] }))}
        defaultValue={digest}
      />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
