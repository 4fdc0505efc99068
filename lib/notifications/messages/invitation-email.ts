import { createTranslator } from "use-intl/core";
import { emailMessages } from "./email-translator";
import { unexpectedEmailClosing, type AccountEmail } from "./email-text";

/**
 * The invitation to a workspace. A new account gets a one-time link to choose a password;
 * someone who already has one is told to sign in as usual, so that the inviting administrator
 * learns nothing from which e-mail went out (decision 021).
 */
export function invitationEmail(
  locale: string,
  invitation: { workspace: string; inviter: string; hasAccount: boolean; validDays: number },
): AccountEmail {
  const t = createTranslator({ ...emailMessages(locale), namespace: "EmailInvitation" });
  const args = { workspace: invitation.workspace, inviter: invitation.inviter };
  return {
    subject: t("subject", args),
    body: invitation.hasAccount ? t("existingAccount", args) : t("newAccount", { ...args, days: invitation.validDays }),
    closing: unexpectedEmailClosing(locale),
  };
}
