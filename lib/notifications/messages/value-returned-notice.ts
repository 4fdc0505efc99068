import { createTranslator } from "use-intl/core";
import { emailMessages } from "./email-translator";

/** The notice of a returned value, with its reason, in the recipient's language (messages/<locale>/email.json). */
export function valueReturnedNotice(
  locale: string,
  value: { valueId: string; reason: string; breakdown: string; year: number; indicator: { code: string; name: string } },
): { title: string; body: string; link: string } {
  const t = createTranslator({ ...emailMessages(locale), namespace: "EmailValueReturned" });
  // Years and codes are names, not quantities: passed as text so that no language groups their digits.
  const args = { code: value.indicator.code, name: value.indicator.name, year: String(value.year), breakdown: value.breakdown };
  return {
    title: t("title", args),
    body: t("body", { ...args, reason: value.reason }),
    link: `/values/${value.valueId}`,
  };
}
