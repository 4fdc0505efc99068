import "server-only";
import { getLocale } from "next-intl/server";
import { toLocale, type Locale } from "@/lib/i18n/locales";

/** The page's language as a Locale, for server components that format numbers and dates. */
export async function getInterfaceLocale(): Promise<Locale> {
  return toLocale(await getLocale());
}
