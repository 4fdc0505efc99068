"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createApiTokenAction, revokeApiTokenAction } from "@/app/actions/api-tokens";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/actions/action-state";

export function CreateApiTokenForm() {
  const t = useTranslations("ApiTokenForms");
  const [state, action] = useActionState(createApiTokenAction, IDLE);
  return (
    <form action={action} noValidate aria-labelledby="create-token-heading">
      <h3 id="create-token-heading">{t("heading")}</h3>
      <FormMessage state={state} labels={{ name: t("name"), expiresInDays: t("validFor") }} />
      <div className="form-row">
        <TextField name="name" label={t("name")} hint={t("nameHint")} state={state} />
        <SelectField
          name="expiresInDays"
          label={t("validFor")}
          state={state}
          defaultValue="90"
          options={[
            { value: "30", label: t("days30") },
            { value: "90", label: t("days90") },
            { value: "365", label: t("oneYear") },
            { value: "0", label: t("untilRevoked") },
          ]}
        />
      </div>
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}

export function RevokeApiTokenForm({ tokenId, name }: { tokenId: string; name: string }) {
  const t = useTranslations("ApiTokenForms");
  const [state, action] = useActionState(revokeApiTokenAction, IDLE);
  return (
    <form action={action}>
      <input type="hidden" name="tokenId" value={tokenId} />
      {state.status === "error" ? (
        <p className="field__error" role="alert">
          {state.message}
        </p>
      ) : null}
      <button type="submit" className="link-button">
        {t("revoke")}
        <span className="visually-hidden">{t("revokeWhich", { name })}</span>
      </button>
    </form>
  );
}
