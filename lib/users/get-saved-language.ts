import "server-only";
import { db } from "@/lib/db";
import { isLocale, type Locale } from "@/lib/i18n/locales";

/**
 * The interface language a person saved (User.locale), read once at sign-in so that it follows
 * them into a new browser; null when they never chose one, so the browser's language applies.
 */
export async function getSavedLanguage(email: string): Promise<Locale | null> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { locale: true } });
  return isLocale(user?.locale) ? user.locale : null;
}
