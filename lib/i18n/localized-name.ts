import { z } from "zod";
import { DEFAULT_LOCALE, type Locale } from "./locales";

/** What a page shows of a matrix text (a name, a definition, a unit...) in one language (decisions 041, 042). */
export type LocalizedName = {
  text: string;
  /** The language of `text` when known: the locale of a translation; null for the main text. */
  lang: string | null;
  /** The main text stands in for a missing translation, and the page marks it. */
  isFallback: boolean;
};

// Stored JSON comes from imports and older rows: anything that is not a string per language is ignored.
const translationsSchema = z.record(z.string(), z.unknown());

/** The translations in a stored `...Translations` value that are non-empty strings, by language. */
export function readTranslations(value: unknown): Record<string, string> {
  const parsed = translationsSchema.safeParse(value);
  if (!parsed.success) return {};
  const result: Record<string, string> = {};
  for (const [language, text] of Object.entries(parsed.data)) {
    if (typeof text === "string" && text.trim() !== "") result[language] = text;
  }
  return result;
}

/**
 * Any matrix text in the reader's language: the one reader of every `...Translations` column
 * (decision 042). A framework has no language field, so its main text is taken to be in the
 * interface's default language, English: English readers get it unmarked (English pages stay as
 * they were), readers of another language get it marked as a fallback, with no `lang` since
 * the main text's language is not recorded.
 */
export function localizedText(main: string, translations: unknown, locale: Locale): LocalizedName {
  const translation = readTranslations(translations)[locale];
  if (translation !== undefined) return { text: translation, lang: locale, isFallback: false };
  return { text: main, lang: null, isFallback: locale !== DEFAULT_LOCALE };
}

/** An entity's name in the reader's language: `localizedText` of `name` and `nameTranslations`. */
export function localizedName(entity: { name: string; nameTranslations?: unknown }, locale: Locale): LocalizedName {
  return localizedText(entity.name, entity.nameTranslations, locale);
}
