import type { Locale } from "./locales";

/**
 * The interface texts of one language (messages/<locale>/index.ts, which merges one JSON file
 * per area). tests/unit/i18n-messages.test.ts fails when a key is missing in a language or
 * unused, or when an area file is left out of its index.
 */
export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await MESSAGE_LOADERS[locale]()).default;
}

export type Messages = typeof import("@/messages/en/index").default;

const MESSAGE_LOADERS: Record<Locale, () => Promise<{ default: Messages }>> = {
  en: () => import("@/messages/en/index"),
  ro: () => import("@/messages/ro/index"),
  ru: () => import("@/messages/ru/index"),
  fr: () => import("@/messages/fr/index"),
  es: () => import("@/messages/es/index"),
};
