"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createInstitutionAction, renameInstitutionAction, setInstitutionActiveAction } from "@/app/actions/institutions";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/actions/action-state";

export function CreateInstitutionForm() {
  const t = useTranslations("InstitutionForms");
  const [state, action] = useActionState(createInstitutionAction, IDLE);
  return (
    <form action={action} noValidate aria-labelledby="create-institution-heading">
      <h2 id="create-institution-heading">{t("createHeading")}</h2>
      <FormMessage state={state} labels={{ code: t("code"), name: t("name") }} />
      <div className="form-row">
        <TextField name="code" label={t("code")} hint={t("codeHint")} state={state} width="short" />
        <TextField name="name" label={t("name")} state={state} />
      </div>
      <SubmitButton>{t("create")}</SubmitButton>
    </form>
  );
}

export function RenameInstitutionForm({ institutionId, name }: { institutionId: string; name: string }) {
  const t = useTranslations("InstitutionForms");
  const [state, action] = useActionState(renameInstitutionAction, IDLE);
  return (
    <form action={action} noValidate aria-labelledby="rename-heading">
      <h2 id="rename-heading">{t("renameHeading")}</h2>
      <FormMessage state={state} labels={{ name: t("name") }} />
      <input type="hidden" name="institutionId" value={institutionId} />
      <TextField name="name" label={t("name")} state={state} defaultValue={name} />
      <SubmitButton>{t("saveName")}</SubmitButton>
    </form>
  );
}

export function InstitutionActiveForm({ institutionId, isActive }: { institutionId: string; isActive: boolean }) {
  const t = useTranslations("InstitutionForms");
  const [state, action] = useActionState(setInstitutionActiveAction, IDLE);
  return (
    <form action={action}>
      <FormMessage state={state} />
      <input type="hidden" name="institutionId" value={institutionId} />
      <input type="hidden" name="isActive" value={isActive ? "false" : "true"} />
      <SubmitButton variant={isActive ? "warning" : "secondary"}>{isActive ? t("deactivate") : t("reactivate")}</SubmitButton>
    </form>
  );
}
