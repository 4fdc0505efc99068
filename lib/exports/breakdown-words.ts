import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/i18n/locales";
import en from "@/messages/en/localized-display.json";
import es from "@/messages/es/localized-display.json";
import fr from "@/messages/fr/localized-display.json";
import ro from "@/messages/ro/localized-display.json";
import ru from "@/messages/ru/localized-display.json";

const MESSAGES: Record<Locale, typeof en> = { en, ro, ru, fr, es };

/** "Total" in the language chosen at export, for a data file's breakdown column; made in a job's process. */
export function totalBreakdownWord(locale: Locale): string {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "LocalizedDisplay" });
  return t("total");
}
