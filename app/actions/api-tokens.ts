"use server";

import { getTranslations } from "next-intl/server";
import { runFormAction } from "@/app/_forms/run-form-action";
import { formValues, type ActionState } from "@/lib/actions/action-state";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";

export async function createApiTokenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const token = { name: values.name ?? "", expiresInDays: values.expiresInDays ?? "" };
  const t = await getTranslations("FormResults");
  return runFormAction({
    values,
    run: (access) => createApiToken(access, token),
    revalidate: ["/account"],
    success: (created) => ({
      message: t("tokenCreated", { name: values.name ?? "", header: "Authorization: Bearer <token>" }),
      secret: created.token,
    }),
  });
}

export async function revokeApiTokenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const tokenId = String(formData.get("tokenId") ?? "");
  const t = await getTranslations("FormResults");
  const success = t("tokenRevoked");
  return runFormAction({ run: (access) => revokeApiToken(access, tokenId), revalidate: ["/account"], success });
}
