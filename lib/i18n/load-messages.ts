import type { Locale } from "./locales";

/**
 * The interface texts of one language (messages/<locale>.json). Each file holds every key;
 * tests/unit/i18n-messages.test.ts fails when a key is missing in a language or unused.
 */
export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await MESSAGE_LOADERS[locale]()).default;
}

export type Messages = typeof import("@/messages/en.json");

const MESSAGE_LOADERS: Record<Locale, () => Promise<{ default: Messages }>> = {
  en: () => import("@/messages/en.json"),
  ro: () => import("@/messages/ro.json"),
  ru: () => import("@/messages/ru.json"),
  fr: () => import("@/messages/fr.json"),
  es: () => import("@/messages/es.json"),
};
