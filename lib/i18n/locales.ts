/**
 * The languages of the interface (issue 13): English, and Romanian and Russian for Moldova's
 * ministries, French and Spanish as IOM's other official languages. English is the fallback.
 */
export const LOCALES = ["en", "ro", "ru", "fr", "es"] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Each language named in itself, so a person finds their own whatever the page's language. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  ro: "Română",
  ru: "Русский",
  fr: "Français",
  es: "Español",
};

/**
 * The locale that dates and numbers are formatted in for each interface language. English
 * follows British usage (4 Dec 2026, 14:05; 1,234.5), as the interface's spelling does.
 */
export const FORMAT_LOCALES: Record<Locale, string> = { en: "en-GB", ro: "ro", ru: "ru", fr: "fr", es: "es" };

/** The Locale of a string from next-intl's getLocale()/useLocale(); English for anything else. */
export function toLocale(value: string): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
