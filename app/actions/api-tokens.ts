"use server";

import { revalidatePath } from "next/cache";
import { actionError, formValues, type ActionState } from "@/lib/actions/action-state";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { requireActionAccess } from "@/app/_access/require-action-access";

export async function createApiTokenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const access = await requireActionAccess();
    const { token } = await createApiToken(access, { name: values.name ?? "", expiresInDays: values.expiresInDays ?? "" });
    revalidatePath("/account");
    return { status: "success", message: `Token "${values.name}" created. Send it as Authorization: Bearer <token>.`, secret: token };
  } catch (error) {
    return actionError(error, values);
  }
}

export async function revokeApiTokenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const access = await requireActionAccess();
    await revokeApiToken(access, String(formData.get("tokenId") ?? ""));
    revalidatePath("/account");
    return { status: "success", message: "The token was revoked. Requests that use it are now refused." };
  } catch (error) {
    return actionError(error);
  }
}
