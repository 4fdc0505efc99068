import { createTranslator } from "use-intl/core";
import { emailMessages } from "./email-translator";

/** The notice of an institution's values approved in one review, in the recipient's language. */
export function valuesApprovedNotice(
  locale: string,
  cycle: { frameworkCode: string; year: number; codes: readonly string[] },
): { title: string; body: string; link: string } {
  const t = createTranslator({ ...emailMessages(locale), namespace: "EmailValuesApproved" });
  const count = cycle.codes.length;
  const shown = cycle.codes.slice(0, 10).join(", ");
  const codes = count > 10 ? t("andMore", { codes: shown, more: count - 10 }) : shown;
  const args = { count, framework: cycle.frameworkCode, year: String(cycle.year) };
  return {
    title: t("title", args),
    body: t("body", { ...args, codes }),
    link: `/cycles/${encodeURIComponent(cycle.frameworkCode)}/${cycle.year}/entry`,
  };
}
