import { createTranslator } from "use-intl/core";
import { FORMAT_LOCALES, type Locale } from "@/lib/i18n/locales";
import en from "@/messages/en/values-template.json";
import es from "@/messages/es/values-template.json";
import fr from "@/messages/fr/values-template.json";
import ro from "@/messages/ro/values-template.json";
import ru from "@/messages/ru/values-template.json";

const TEMPLATE_MESSAGES: Record<Locale, typeof en> = { en, ro, ru, fr, es };

export type TemplateWords = ReturnType<typeof templateWords>;

/**
 * The template's words in the person's language (issue 13). Column headers, the sheet "Values"
 * and the codes (yes, no, levels) stay as the upload reads them; the instructions say so.
 */
export function templateWords(locale: Locale) {
  const t = createTranslator({ locale, messages: TEMPLATE_MESSAGES[locale], namespace: "ValuesTemplate" });
  // Limits written as the language writes numbers ("12,5" in Romanian), never grouped, as the upload reads them back.
  const limit = (value: number) =>
    new Intl.NumberFormat(FORMAT_LOCALES[locale], { useGrouping: false, maximumFractionDigits: 10 }).format(value);
  return {
    sheetInstructions: t("sheetInstructions"),
    intro: (values: { framework: string; frameworkCode: string; year: number; institution: string; institutionCode: string }) =>
      t("intro", { ...values, year: String(values.year) }),
    instructions: [
      t("title"),
      "",
      t("step1"),
      t("step2"),
      t("step3"),
      t("step4"),
      t("step5"),
      t("step6"),
      t("step7"),
      t("step8"),
      t("step9"),
      t("step10"),
    ],
    total: t("total"),
    numberBetween: (lower: number, upper: number) =>
      lower < 0
        ? t("numberFromTo", { lower: limit(lower), upper: limit(upper) })
        : t("numberBetween", { lower: limit(lower), upper: limit(upper) }),
    numberAtLeast: (lower: number) => t("numberAtLeast", { lower: limit(lower) }),
    numberAtMost: (upper: number) => t("numberAtMost", { upper: limit(upper) }),
    number: t("number"),
    yesNo: t("yesNo"),
    text: t("text"),
    notALevelTitle: t("notALevelTitle"),
    chooseALevel: (codes: string) => t("chooseALevel", { codes }),
  };
}
