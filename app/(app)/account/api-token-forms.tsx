"use client";

import { useActionState } from "react";
import { createApiTokenAction, revokeApiTokenAction } from "@/app/actions/api-tokens";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/actions/action-state";

export function CreateApiTokenForm() {
  const [state, action] = useActionState(createApiTokenAction, IDLE);
  return (
    <form action={action} noValidate aria-labelledby="create-token-heading">
      <h3 id="create-token-heading">Create a token</h3>
      <FormMessage state={state} labels={{ name: "Name", expiresInDays: "Valid for" }} />
      <div className="form-row">
        <TextField name="name" label="Name" hint="The system that will use it, e.g. “Labour ministry data warehouse”" state={state} />
        <SelectField
          name="expiresInDays"
          label="Valid for"
          state={state}
          defaultValue="90"
          options={[
            { value: "30", label: "30 days" },
            { value: "90", label: "90 days" },
            { value: "365", label: "One year" },
            { value: "0", label: "Until revoked" },
          ]}
        />
      </div>
      <SubmitButton>Create token</SubmitButton>
    </form>
  );
}

export function RevokeApiTokenForm({ tokenId, name }: { tokenId: string; name: string }) {
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
        Revoke<span className="visually-hidden"> token {name}</span>
      </button>
    </form>
  );
}
