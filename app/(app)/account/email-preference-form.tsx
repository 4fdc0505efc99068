"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { updateEmailPreferencesAction } from "@/app/actions/notifications";
import { CheckboxGroupField, RadioGroupField } from "@/components/forms/choice-fields";
import { FormMessage, SubmitButton } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/actions/action-state";
import { DIGEST_FREQUENCIES, type DigestFrequency } from "@/lib/notifications/digest-frequency";

export function EmailPreferenceForm({
  options,
  chosen,
  digest,
}: {
  options: { value: string; label: string }[];
  chosen: string[];
  digest: DigestFrequency;
}) {
  const [state, action] = useActionState(updateEmailPreferencesAction, IDLE);
  const t = useTranslations("EmailDigestChoice");
  const labels: Record<DigestFrequency, string> = { none: t("none"), daily: t("daily"), weekly: t("weekly") };
  return (
    <form action={action} noValidate>
      <FormMessage state={state} labels={{ emailKinds: "E-mail me about", digest: t("legend") }} />
      <CheckboxGroupField
        name="emailKinds"
        legend="E-mail me about"
        hint="Every notice also appears under Notifications, whatever you choose here."
        state={state}
        options={options}
        defaultChecked={chosen}
      />
      <RadioGroupField
        name="digest"
        legend={t("legend")}
        state={state}
        options={DIGEST_FREQUENCIES.map((frequency) => ({ value: frequency, label: labels[frequency] }))}
        defaultValue={digest}
      />
      <SubmitButton>Save e-mail choices</SubmitButton>
    </form>
  );
}
