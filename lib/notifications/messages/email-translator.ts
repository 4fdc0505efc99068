import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import en from "@/messages/en/email.json";
import es from "@/messages/es/email.json";
import fr from "@/messages/fr/email.json";
import ro from "@/messages/ro/email.json";
import ru from "@/messages/ru/email.json";

type EmailMessages = typeof en;

// Imported, not loaded per call: e-mails are composed inside the event's transaction, which
// should not wait for a dynamic import, and the texts of one area are small.
const EMAIL_MESSAGES: Record<Locale, EmailMessages> = { en, ro, ru, fr, es };

export type EmailNamespace = keyof EmailMessages;

/**
 * The person's language for an e-mail or a notice: their saved one (User.locale), else the
 * workspace's default, else English. An unknown value (a language since removed) falls back
 * rather than failing the event that caused the message.
 */
export function emailLocale(...candidates: (string | null | undefined)[]): Locale {
  return candidates.find(isLocale) ?? DEFAULT_LOCALE;
}

/**
 * next-intl's translator for one namespace of messages/<locale>/email.json, usable outside a
 * request (the reminder poller, the review's transaction). Times are written in UTC, the
 * clock the deadlines are kept in.
 */
export function emailMessages(locale: string): { locale: Locale; messages: EmailMessages; timeZone: "UTC" } {
  const chosen = emailLocale(locale);
  return { locale: chosen, messages: EMAIL_MESSAGES[chosen], timeZone: "UTC" };
}
