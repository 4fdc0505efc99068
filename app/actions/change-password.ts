"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { formTranslator } from "@/app/_forms/form-translator";
import { actionError, type ActionState } from "@/lib/actions/action-state";
import { changeOwnPassword } from "@/lib/auth/change-own-password";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { getSessionAccess } from "@/app/_access/get-session-access";

export async function changePasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await getSessionAccess();
  if (state.status !== "ok" && state.status !== "must-change-password") redirect("/sign-in");
  try {
    await changeOwnPassword(
      state.access,
      state.sessionId,
      {
        currentPassword: String(formData.get("currentPassword") ?? ""),
        newPassword: String(formData.get("newPassword") ?? ""),
        confirmPassword: String(formData.get("confirmPassword") ?? ""),
      },
      { ip: clientAddressFrom(await headers()) },
    );
  } catch (error) {
    return actionError(error, undefined, await formTranslator());
  }
  redirect("/account?password=changed");
}
