"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getSessionAccess } from "@/app/_access/get-session-access";
import { safeRedirectPath } from "@/lib/auth/safe-redirect-path";
import { getAppUrl } from "@/lib/env";
import { LOCALE_COOKIE, LOCALE_COOKIE_OPTIONS } from "@/lib/i18n/locale-cookie";
import { languageChoiceSchema, setOwnLanguage } from "@/lib/users/set-own-language";

/**
 * Switches the interface language from any page, signed in or not: the cookie keeps the
 * choice in this browser, and a signed-in person's setting keeps it everywhere. An unknown
 * language changes nothing and the page is shown again as it was.
 */
export async function changeLanguageAction(formData: FormData): Promise<void> {
  const returnTo = safeRedirectPath(formData.get("returnTo"), getAppUrl());
  const parsed = languageChoiceSchema.safeParse({ locale: formData.get("locale") });
  if (parsed.success) {
    const session = await getSessionAccess();
    if (session.status === "ok" || session.status === "must-change-password") await setOwnLanguage(session.access, parsed.data.locale);
    (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, LOCALE_COOKIE_OPTIONS);
  }
  redirect(returnTo);
}
