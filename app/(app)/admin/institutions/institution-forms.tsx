"use client";

import { useActionState } from "react";
import { createInstitutionAction, renameInstitutionAction, setInstitutionActiveAction } from "@/app/actions/institutions";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/actions/action-state";

export function CreateInstitutionForm() {
  const [state, action] = useActionState(createInstitutionAction, IDLE);
  return (
    <form action={action} noValidate aria-labelledby="create-institution-heading">
      <h2 id="create-institution-heading">Add an institution</h2>
      <FormMessage state={state} labels={{ code: "Short code", name: "Full name" }} />
      <div className="form-row">
        <TextField name="code" label="Short code" hint="E.g. MLSP; it cannot be changed later" state={state} width="short" />
        <TextField name="name" label="Full name" state={state} />
      </div>
      <SubmitButton>Add institution</SubmitButton>
    </form>
  );
}

export function RenameInstitutionForm({ institutionId, name }: { institutionId: string; name: string }) {
  const [state, action] = useActionState(renameInstitutionAction, IDLE);
  return (
    <form action={action} noValidate aria-labelledby="rename-heading">
      <h2 id="rename-heading">Name</h2>
      <FormMessage state={state} labels={{ name: "Full name" }} />
      <input type="hidden" name="institutionId" value={institutionId} />
      <TextField name="name" label="Full name" state={state} defaultValue={name} />
      <SubmitButton>Save name</SubmitButton>
    </form>
  );
}

export function InstitutionActiveForm({ institutionId, isActive }: { institutionId: string; isActive: boolean }) {
  const [state, action] = useActionState(setInstitutionActiveAction, IDLE);
  return (
    <form action={action}>
      <FormMessage state={state} />
      <input type="hidden" name="institutionId" value={institutionId} />
      <input type="hidden" name="isActive" value={isActive ? "false" : "true"} />
      <SubmitButton variant={isActive ? "warning" : "secondary"}>
        {isActive ? "Deactivate institution" : "Reactivate institution"}
      </SubmitButton>
    </form>
  );
}
