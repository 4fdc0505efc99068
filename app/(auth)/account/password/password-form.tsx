"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/app/actions/change-password";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/actions/action-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/passwords";

export function PasswordForm() {
  const [state, action] = useActionState(changePasswordAction, IDLE);
  return (
    <form action={action} noValidate>
      <FormMessage
        state={state}
        labels={{ currentPassword: "Current password", newPassword: "New password", confirmPassword: "New password again" }}
      />
      <TextField
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        state={state}
        width="medium"
      />
      <TextField
        name="newPassword"
        label="New password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong password that is easy to type.`}
        type="password"
        autoComplete="new-password"
        state={state}
        width="medium"
      />
      <TextField
        name="confirmPassword"
        label="New password again"
        type="password"
        autoComplete="new-password"
        state={state}
        width="medium"
      />
      <SubmitButton>Change password</SubmitButton>
    </form>
  );
}
