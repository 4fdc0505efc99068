import { FORMAT_LOCALES, isLocale } from "@/lib/i18n/locales";

/**
 * "5 December 2026" in the interface language, for server components. lib/'s formatDate
 * stays English for exports and e-mails; this one takes the locale from getLocale().
 */
export function formatLongDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(FORMAT_LOCALES[isLocale(locale) ? locale : "en"], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}
