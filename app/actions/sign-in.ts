"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { actionError, formValues, type ActionState } from "@/lib/actions/action-state";
import { clientAddressFrom, signIn, signInSchema } from "@/lib/auth/sign-in";
import { zodProblems } from "@/lib/validation/parse-input";

/** Only local paths: an attacker's link must not send people elsewhere after sign-in. */
function safeNext(next: FormDataEntryValue | null): string {
  return typeof next === "string" && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

export async function signInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData, ["password"]);
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success)
    return { status: "error", message: "Enter your e-mail address and password", problems: zodProblems(parsed.error), values };

  let mustChangePassword = false;
  try {
    const requestHeaders = await headers();
    const result = await signIn(parsed.data, { headers: requestHeaders, ip: clientAddressFrom(requestHeaders) });
    if (!result.ok) return { status: "error", message: result.message, values };
    mustChangePassword = result.mustChangePassword;
  } catch (error) {
    return actionError(error, values);
  }
  redirect(mustChangePassword ? "/account/password" : safeNext(formData.get("next")));
}
