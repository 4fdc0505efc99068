"use client";

import { useActionState } from "react";
import { updateEmailPreferencesAction } from "@/app/actions/notifications";
import { CheckboxGroupField } from "@/components/forms/choice-fields";
import { FormMessage, SubmitButton } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/actions/action-state";

export function EmailPreferenceForm({ options, chosen }: { options: { value: string; label: string }[]; chosen: string[] }) {
  const [state, action] = useActionState(updateEmailPreferencesAction, IDLE);
  return (
    <form action={action} noValidate>
      <FormMessage state={state} labels={{ emailKinds: "E-mail me about" }} />
      <CheckboxGroupField
        name="emailKinds"
        legend="E-mail me about"
        hint="Every notice also appears under Notifications, whatever you choose here."
        state={state}
        options={options}
        defaultChecked={chosen}
      />
      <SubmitButton>Save e-mail choices</SubmitButton>
    </form>
  );
}
