import { createTranslator } from "use-intl/core";
import { emailMessages } from "./email-translator";

/** An e-mail about the person's account: nobody can opt out of it, so it closes with what to do if unexpected. */
export type AccountEmail = { subject: string; body: string; closing: string };

/**
 * The plain-text body of an e-mail: what happened, the full address of the page where to act,
 * and a closing line in the recipient's language. A notice's e-mail closes with where to
 * choose one's e-mails; an account e-mail (invitation, reset) brings its own closing line.
 */
export function emailText(locale: string, message: { body: string; url: string; appUrl: string; closing?: string }): string {
  const t = createTranslator({ ...emailMessages(locale), namespace: "EmailFooter" });
  const closing = message.closing ?? t("choices", { url: `${message.appUrl}/account#e-mail` });
  const opener = message.closing === undefined ? `${t("openLink")}\n` : "";
  return `${message.body}\n\n${opener}${message.url}\n\n-- \nCapacitas. ${closing}`;
}

/** The closing line of an account e-mail that its reader may not have expected (an invitation). */
export function unexpectedEmailClosing(locale: string): string {
  const t = createTranslator({ ...emailMessages(locale), namespace: "EmailFooter" });
  return t("unexpected");
}
