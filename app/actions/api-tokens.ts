"use server";

import { runFormAction } from "@/app/_forms/run-form-action";
import { formValues, type ActionState } from "@/lib/actions/action-state";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";

export async function createApiTokenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const token = { name: values.name ?? "", expiresInDays: values.expiresInDays ?? "" };
  return runFormAction({
    values,
    run: (access) => createApiToken(access, token),
    revalidate: ["/account"],
    success: (created) => ({ message: `Token "${values.name}" created. Send it as Authorization: Bearer <token>.`, secret: created.token }),
  });
}

export async function revokeApiTokenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const tokenId = String(formData.get("tokenId") ?? "");
  const success = "The token was revoked. Requests that use it are now refused.";
  return runFormAction({ run: (access) => revokeApiToken(access, tokenId), revalidate: ["/account"], success });
}
