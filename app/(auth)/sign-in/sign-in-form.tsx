"use client";

import { useActionState } from "react";
import { signInAction } from "@/app/actions/sign-in";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/actions/action-state";

export function SignInForm({ next }: { next: string }) {
  const [state, action] = useActionState(signInAction, IDLE);
  return (
    <form action={action} noValidate>
      <FormMessage state={state} labels={{ email: "E-mail address", password: "Password" }} />
      <input type="hidden" name="next" value={next} />
      <TextField name="email" label="E-mail address" type="email" autoComplete="username" state={state} width="medium" />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" state={state} width="medium" />
      <SubmitButton>Sign in</SubmitButton>
    </form>
  );
}
