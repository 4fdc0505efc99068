import { createTranslator } from "use-intl/core";
import type { AccountEmail } from "./email-text";
import { emailMessages } from "./email-translator";

/** The link to choose a new password, asked for on the sign-in page ("Forgot password?"). */
export function passwordResetEmail(locale: string, reset: { email: string; validMinutes: number }): AccountEmail {
  const t = createTranslator({ ...emailMessages(locale), namespace: "EmailPasswordReset" });
  return { subject: t("subject"), body: t("body", { email: reset.email, minutes: reset.validMinutes }), closing: t("ignore") };
}
