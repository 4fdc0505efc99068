import { DEFAULT_LOCALE, FORMAT_LOCALES, isLocale, type Locale } from "@/lib/i18n/locales";
import en from "@/messages/en/report.json";
import es from "@/messages/es/report.json";
import fr from "@/messages/fr/report.json";
import ro from "@/messages/ro/report.json";
import ru from "@/messages/ru/report.json";

type ReportMessages = typeof en;

// Imported, not loaded per call: reports are made in a job's process, outside any request,
// so next-intl's request APIs are not there (decision 029); the texts of one area are small.
const REPORT_MESSAGES: Record<Locale, ReportMessages> = { en, ro, ru, fr, es };

/**
 * What next-intl's createTranslator needs for the report's texts in one language: the report
 * is written in the language chosen at export, not the page's. An unknown value falls back to
 * English rather than failing the export.
 */
export function reportMessages(locale: string): { locale: Locale; messages: ReportMessages; timeZone: "UTC" } {
  const chosen = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return { locale: chosen, messages: REPORT_MESSAGES[chosen], timeZone: "UTC" };
}

const oneDecimalFormats = new Map<Locale, Intl.NumberFormat>();

/** A score or share as the report writes it: at most one decimal, in the report's language ("59,1" in Romanian). */
export function formatReportNumber(value: number, locale: Locale): string {
  let format = oneDecimalFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(FORMAT_LOCALES[locale], { maximumFractionDigits: 1 });
    oneDecimalFormats.set(locale, format);
  }
  return format.format(value);
}

/** "59,1" or `empty` when there is none. */
export const reportScore = (value: number | null, locale: Locale, empty = "–") =>
  value === null ? empty : formatReportNumber(value, locale);

/** A change in points with its sign ("+3,5", "−1", "±0"), or `empty`. */
export function reportPoints(value: number | null, locale: Locale, empty = "–"): string {
  if (value === null) return empty;
  const sign = value > 0 ? "+" : value < 0 ? "−" : "±";
  return `${sign}${formatReportNumber(Math.abs(value), locale)}`;
}

/** "59,1 %". */
export const reportPercent = (value: number, locale: Locale) => `${formatReportNumber(value, locale)} %`;
